package io.github.quanze.discretion;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Texts;
import io.github.quanze.rule.Citation;
import io.github.quanze.rule.Row;
import io.github.quanze.rule.RuleId;
import io.github.quanze.rule.TableFinding;
import io.github.quanze.rule.TableVerification;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the tiers of one item against its statute (格次对照法定幅度的校验): the provisions in force, the kinds,
 * the ranges, the order of the levels, the statutory mitigation, the middle rules the policy applies, and the tiers'
 * table itself.
 */
final class ItemVerifier {

    /** 行政处罚法 Arts 30 and 32: 应当从轻或者减轻行政处罚. */
    static final LegalBasis MITIGATION = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 30),
            Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 32));
    /** 行政处罚法 Art 5 para 2: a penalty 与违法行为的事实、性质、情节以及社会危害程度相当. */
    static final LegalBasis PROPORTION = LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 5, 2));

    private final VerificationPolicy policy;
    private final DiscretionStandard standard;
    private final ItemStandard item;
    private final ItemFindings found;

    private ItemVerifier(VerificationPolicy policy, DiscretionStandard standard, ItemStandard item,
            ItemFindings found) {
        this.policy = policy;
        this.standard = standard;
        this.item = item;
        this.found = found;
    }

    /** Adds the findings of an item's tiers against its statute. */
    static void verify(VerificationPolicy policy, DiscretionStandard standard, ItemStandard item,
            ItemFindings found) {
        ItemVerifier v = new ItemVerifier(policy, standard, item, found);
        v.provisions();
        List<Row<Tier>> rows = item.tiers().rows();
        for (Row<Tier> row : rows) {
            v.row(row);
        }
        v.levelOrder(rows);
        v.mitigation(rows);
        v.table();
    }

    private Parameters.Builder rowParameters(Row<Tier> row) {
        return found.parameters().put("row", row.id().value()).put("level", row.output().level())
                .put("tier", row.output().text());
    }

    private void provisions() {
        LocalDate day = standard.effective();
        Set<Provision> reported = new LinkedHashSet<>(item.item().breached().notInForceOn(day));
        reported.addAll(item.item().applied().notInForceOn(day));
        if (!reported.isEmpty()) {
            notInForce(Optional.empty(), List.copyOf(reported), day);
        }
        for (Row<Tier> row : item.tiers().rows()) {
            Citation basis = row.ref().basis();
            if (basis.isEmpty()) {
                found.add(StandardFinding.Kind.NO_PROVISION, List.of(row.id()), Citation.none(), rowParameters(row));
                continue;
            }
            List<Provision> stale = new ArrayList<>();
            for (Citation part : basis.parts()) {
                if (part instanceof Provision p && !p.instrument().isInForceOn(day) && reported.add(p)) {
                    stale.add(p);
                }
            }
            if (!stale.isEmpty()) {
                notInForce(Optional.of(row), stale, day);
            }
        }
    }

    /** Reports provisions not in force that the item cites, or a row of its tiers. */
    private void notInForce(Optional<Row<Tier>> row, List<Provision> provisions, LocalDate day) {
        Parameters.Builder p = row.map(this::rowParameters).orElseGet(found::parameters);
        found.add(StandardFinding.Kind.PROVISION_NOT_IN_FORCE, row.map(r -> List.of(r.id())).orElse(List.of()),
                new LegalBasis(provisions), p.put("provisions", provisions).put("day", day));
    }

    private void row(Row<Tier> row) {
        Tier tier = row.output();
        if (tier.level() == TierLevel.NO_PENALTY) {
            return;
        }
        ViolationItem statute = item.item();
        Set<PenaltyKind> foreign = EnumSet.noneOf(PenaltyKind.class);
        tier.kinds().stream().filter(k -> !statute.allows(k)).forEach(foreign::add);
        if (!foreign.isEmpty()) {
            found.add(tier.level() == TierLevel.MITIGATED ? StandardFinding.Kind.KIND_NOT_ALLOWED_MITIGATED
                    : StandardFinding.Kind.KIND_NOT_ALLOWED, List.of(row.id()), statute.applied(),
                    rowParameters(row).put("kinds", List.copyOf(foreign)));
        }
        if (tier.level().compareTo(TierLevel.MITIGATED) > 0) {
            Set<PenaltyKind> missing = EnumSet.noneOf(PenaltyKind.class);
            statute.clauses().stream().filter(c -> c.mandatory() && !tier.kinds().contains(c.kind()))
                    .forEach(c -> missing.add(c.kind()));
            if (!missing.isEmpty()) {
                found.add(StandardFinding.Kind.MANDATORY_KIND_MISSING, List.of(row.id()), statute.applied(),
                        rowParameters(row).put("kinds", List.copyOf(missing)));
            }
        }
        if (tier.fine().isPresent() && statute.fine().isPresent()) {
            range(row, tier.fine().get(), statute.fine().get());
        }
    }

    private void range(Row<Tier> row, FineRange range, FineRange statute) {
        Ranges.Fit fit = Ranges.fit(range, statute);
        LegalBasis applied = item.item().applied();
        List<RuleId> rows = List.of(row.id());
        if (!fit.comparable()) {
            found.add(StandardFinding.Kind.FORM_MISMATCH, rows, applied, rangeParameters(row, statute));
            return;
        }
        TierLevel level = row.output().level();
        if (fit.aboveMaximum()) {
            found.add(StandardFinding.Kind.ABOVE_MAXIMUM, rows, applied, rangeParameters(row, statute));
        }
        if (fit.belowMinimum() && level != TierLevel.MITIGATED) {
            found.add(StandardFinding.Kind.BELOW_MINIMUM, rows, applied, rangeParameters(row, statute));
        }
        if (level == TierLevel.LIGHTER && policy.applies(VerificationPolicy.Interpretation.LIGHTER_BELOW_MIDDLE)
                && middle(range, statute, true)) {
            found.add(StandardFinding.Kind.MIDDLE_LIGHTER, rows, Citation.none(), rangeParameters(row, statute)
                    .put("middle", Ranges.middle(statute)));
        }
        if (level == TierLevel.HEAVIER && policy.applies(VerificationPolicy.Interpretation.HEAVIER_FROM_MIDDLE)
                && middle(range, statute, false)) {
            found.add(StandardFinding.Kind.MIDDLE_HEAVIER, rows, Citation.none(), rangeParameters(row, statute)
                    .put("middle", Ranges.middle(statute)));
        }
    }

    private Parameters.Builder rangeParameters(Row<Tier> row, FineRange statute) {
        return rowParameters(row).put("statute", statute.text());
    }

    /**
     * True if a range of the statute's form goes past the middle of the statutory range: its most above it
     * ({@code lighter}), or its least below it; the ranges without base too, where both have one.
     */
    private static boolean middle(FineRange range, FineRange statute, boolean lighter) {
        BigDecimal middle = Ranges.middle(statute);
        boolean past = lighter ? Ranges.max(range).compareTo(middle) > 0 : Ranges.min(range).compareTo(middle) < 0;
        Optional<FineRange.Fixed> own = Ranges.withoutBase(range);
        Optional<FineRange.Fixed> statutory = Ranges.withoutBase(statute);
        return past || own.isPresent() && statutory.isPresent() && middle(own.get(), statutory.get(), lighter);
    }

    private void levelOrder(List<Row<Tier>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Row<Tier> a = rows.get(i);
                Row<Tier> b = rows.get(j);
                int order = a.output().level().compareTo(b.output().level());
                if (order == 0 || a.output().fine().isEmpty() || b.output().fine().isEmpty()) {
                    continue;
                }
                Row<Tier> lighter = order < 0 ? a : b;
                Row<Tier> graver = order < 0 ? b : a;
                if (Ranges.isLighter(graver.output().fine().get(), lighter.output().fine().get())) {
                    found.add(StandardFinding.Kind.LEVEL_ORDER, List.of(lighter.id(), graver.id()), PROPORTION,
                            found.parameters().put("lighterRow", lighter.id().value())
                                    .put("lighterTier", lighter.output().text())
                                    .put("graverRow", graver.id().value())
                                    .put("graverTier", graver.output().text()));
                }
            }
        }
    }

    private void mitigation(List<Row<Tier>> rows) {
        Regions regions = Regions.of(List.of(item.tiers()));
        List<BitSet[]> must = List.<BitSet[]>of(regions.where(0, DiscretionStandard.MITIGATION,
                StatutoryMitigation.MUST));
        List<BitSet[]> none = List.<BitSet[]>of(regions.where(0, DiscretionStandard.MITIGATION,
                StatutoryMitigation.NONE));
        List<List<BitSet[]>> fired = regions.fired(0);
        for (int r = 0; r < rows.size(); r++) {
            Row<Tier> row = rows.get(r);
            if (row.output().level().compareTo(TierLevel.LIGHTER) > 0 && Regions.intersect(fired.get(r), must)) {
                found.add(StandardFinding.Kind.MITIGATION_IGNORED, List.of(row.id()), MITIGATION,
                        rowParameters(row));
            }
            if (row.output().level() == TierLevel.MITIGATED && Regions.intersect(fired.get(r), none)) {
                found.add(StandardFinding.Kind.MITIGATED_WITHOUT_GROUND, List.of(row.id()), MITIGATION,
                        rowParameters(row));
            }
        }
    }

    private void table() {
        TableVerification<Tier> verification;
        try {
            verification = item.table().verify();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Standard " + Texts.quote(standard.number()) + ", item "
                    + Texts.quote(item.item().code()) + ": " + e.getMessage(), e);
        }
        for (TableFinding f : verification.findings()) {
            StandardFinding.Kind kind = StandardFinding.Kind.of(f.kind());
            found.add(kind, f.rows(), kind == StandardFinding.Kind.DISPROPORTION ? PROPORTION : Citation.none(),
                    found.parameters().putAll(f.parameters()).put("detail", f.message()));
        }
    }
}
