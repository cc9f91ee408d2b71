package io.github.quanze.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 移送 (行政执法机关移送涉嫌犯罪案件的规定 Arts 5, 6; 行政强制法 Art 21): to whom the case went and of which kind, the
 * materials of Art 6 attached, the list of the items involved (涉案物品清单, Art 4 第二款), whether property sealed up or
 * seized went with the case, and the time of day of the transfer, if recorded.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind  to whom the case is referred, not null
 * @param authority  the receiving authority's name, such as 某市公安局, not null
 * @param materials  the materials attached, not null
 * @param items  the items involved as listed, empty if none, not null
 * @param seized  whether property sealed up or seized went with the case, not null
 * @param time  the time of day of the transfer, empty if not recorded, not null
 */
public record ReferralTransfer(ReferralKind kind, String authority, Set<ReferralMaterial> materials, List<String> items,
        SeizedItems seized, Optional<LocalTime> time) implements StepContent {

    /** The longest authority name or item accepted. */
    public static final int MAX_LENGTH = 200;

    /**
     * Creates the transfer.
     *
     * @param kind  to whom the case is referred, not null
     * @param authority  the receiving authority's name, such as 某市公安局, not null
     * @param materials  the materials attached, not null
     * @param items  the items involved as listed, empty if none, not null
     * @param seized  whether property sealed up or seized went with the case, not null
     * @param time  the time of day of the transfer, empty if not recorded, not null
     * @throws IllegalArgumentException if the authority or an item is blank, too long or has a control character, an
     *         item is listed twice, or the time is not in whole minutes
     */
    public ReferralTransfer {
        Objects.requireNonNull(kind, "kind");
        Texts.checkLine("Referral: authority", authority, MAX_LENGTH);
        materials = Sets.immutableEnumSet(Objects.requireNonNull(materials, "materials"));
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        for (String item : items) {
            Texts.checkLine("Referral to " + authority + ": item", item, MAX_LENGTH);
        }
        checkArgument(Lists.isDistinct(items), "Referral to %s: items list an item twice: %s", authority,
                Texts.quote(String.join("、", items)));
        Objects.requireNonNull(seized, "seized");
        Objects.requireNonNull(time, "time");
        time.ifPresent(t -> checkArgument(t.getSecond() == 0 && t.getNano() == 0, "Referral to %s: time must be in "
                + "whole minutes (HH:MM), as documents write it, but was %s", authority, t));
    }

    /**
     * Obtains a transfer to the public security organ with materials, no items, nothing seized, at no recorded time.
     *
     * @param authority  the receiving authority, not null
     * @param materials  the materials attached, not null
     * @return the transfer, not null
     * @throws IllegalArgumentException if the authority is blank or too long
     */
    public static ReferralTransfer toPolice(String authority, ReferralMaterial... materials) {
        return new ReferralTransfer(ReferralKind.PUBLIC_SECURITY, authority, materials.length == 0
                ? EnumSet.noneOf(ReferralMaterial.class) : EnumSet.of(materials[0], materials), List.of(),
                SeizedItems.NONE, Optional.empty());
    }

    /**
     * Obtains a transfer of a duty-crime lead to the supervisory commission or the procuratorate (Art 19).
     *
     * @param authority  the receiving authority, not null
     * @return the transfer, not null
     * @throws IllegalArgumentException if the authority is blank or too long
     */
    public static ReferralTransfer toSupervisor(String authority) {
        return new ReferralTransfer(ReferralKind.SUPERVISORY, authority, EnumSet.noneOf(ReferralMaterial.class),
                List.of(), SeizedItems.NONE, Optional.empty());
    }

    /**
     * Returns a copy with the items involved as listed.
     *
     * @param listed  the items, not null
     * @param seizedItems  whether property sealed up or seized went with the case, not null
     * @return the transfer, not null
     */
    public ReferralTransfer withItems(List<String> listed, SeizedItems seizedItems) {
        return new ReferralTransfer(kind, authority, materials, listed, seizedItems, time);
    }

    /**
     * Returns a copy made at a time of day.
     *
     * @param at  the time, not null
     * @return the transfer, not null
     */
    public ReferralTransfer at(LocalTime at) {
        return new ReferralTransfer(kind, authority, materials, items, seized,
                Optional.of(Objects.requireNonNull(at, "at")));
    }

    /**
     * Returns the materials Art 6 requires that this transfer lacks: the letter and the report always, the list of
     * items where items are listed or property was seized. Tests and other materials are required only where they
     * exist, which the record does not say, so they are never found missing (our reading: absence of data is no
     * violation).
     *
     * @return the missing materials, not null
     */
    public Set<ReferralMaterial> missingMaterials() {
        if (kind != ReferralKind.PUBLIC_SECURITY) {
            return Set.of();
        }
        EnumSet<ReferralMaterial> required = EnumSet.of(ReferralMaterial.REFERRAL_LETTER,
                ReferralMaterial.INVESTIGATION_REPORT);
        if (!items.isEmpty() || seized != SeizedItems.NONE) {
            required.add(ReferralMaterial.ITEMS_LIST);
        }
        required.removeAll(materials);
        return Sets.immutableEnumSet(required);
    }
}
