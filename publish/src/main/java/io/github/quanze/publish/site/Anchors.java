package io.github.quanze.publish.site;

import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.Power;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.ItemStandard;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.power.PowerCode;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The anchors of a site (页面锚点): the id of each instrument, provision, procedure and standard item, so that one page
 * links into another, and what cites each provision. Ids are numbered in the site's order, so the same site gets the
 * same ids.
 */
final class Anchors {

    private final Map<LegalInstrument, String> instruments = new LinkedHashMap<>();
    private final Map<LegalInstrument, TreeSet<Provision>> cited = new LinkedHashMap<>();
    private final Map<Provision, Set<Page.Link>> citedBy = new TreeMap<>();
    private final Map<Procedure, String> procedures = new LinkedHashMap<>();
    private final int catalogued;

    Anchors(AgencySite site) {
        site.basis().instruments().forEach(this::instrument);
        catalogued = instruments.size();
        for (Power power : site.powers().powers()) {
            Page.Link link = new Page.Link(PowersPage.PATH + "#" + power(power.code()),
                    BilingualText.of(power.code().value(), power.code().value()));
            power.provisions().forEach(p -> cite(p).add(link));
            for (AccountabilityClause clause : power.accountabilityClauses()) {
                clause.basis().provisions().forEach(p -> cite(p).add(link));
            }
        }
        int n = 0;
        for (Procedure procedure : site.procedures().keySet()) {
            String id = "procedure-" + ++n;
            procedures.put(procedure, id);
            Page.Link link = new Page.Link(ProceduresPage.PATH + "#" + id, procedure.name());
            procedure.steps().forEach(step -> step.basis().provisions().forEach(p -> cite(p).add(link)));
        }
        List<DiscretionStandard> standards = site.standards();
        for (int s = 0; s < standards.size(); s++) {
            List<ItemStandard> items = standards.get(s).items();
            for (int i = 0; i < items.size(); i++) {
                ViolationItem item = items.get(i).item();
                Page.Link link = new Page.Link(StandardsPage.PATH + "#" + item(s, i), BilingualText.of(
                        standards.get(s).number() + " " + item.code(), standards.get(s).number() + " " + item.code()));
                item.breached().provisions().forEach(p -> cite(p).add(link));
                item.applied().provisions().forEach(p -> cite(p).add(link));
            }
        }
    }

    private Set<Page.Link> cite(Provision provision) {
        instrument(provision.instrument());
        cited.computeIfAbsent(provision.instrument(), k -> new TreeSet<>()).add(provision);
        return citedBy.computeIfAbsent(provision, k -> new LinkedHashSet<>());
    }

    /** The id of an instrument, numbered in the order seen: the catalogue's first. */
    String instrument(LegalInstrument instrument) {
        return instruments.computeIfAbsent(instrument, k -> "instrument-" + (instruments.size() + 1));
    }

    /** The id of a provision: its instrument's, with its article, paragraph and item; a whole instrument's own. */
    String provision(Provision provision) {
        StringBuilder id = new StringBuilder(instrument(provision.instrument()));
        append(id, "-a", provision.article());
        append(id, "-p", provision.paragraph());
        append(id, "-i", provision.item());
        return id.toString();
    }

    private static void append(StringBuilder id, String prefix, OptionalInt number) {
        number.ifPresent(n -> id.append(prefix).append(n));
    }

    /** The instruments: the catalogue's, then those cited but not in it. */
    List<LegalInstrument> instruments() {
        return List.copyOf(instruments.keySet());
    }

    /** Whether an instrument is in the basis catalogue. */
    boolean isCatalogued(LegalInstrument instrument) {
        return new ArrayList<>(instruments.keySet()).indexOf(instrument) < catalogued;
    }

    /** The provisions of an instrument the powers cite, in order. */
    List<Provision> cited(LegalInstrument instrument) {
        return List.copyOf(cited.getOrDefault(instrument, new TreeSet<>()));
    }

    /**
     * What cites a provision: the powers (as basis or for accountability), then the procedures' steps, then the
     * standards' items, each once, in the site's order.
     */
    List<Page.Link> citedBy(Provision provision) {
        return List.copyOf(citedBy.getOrDefault(provision, Set.of()));
    }

    /** The id of a power's row. */
    static String power(PowerCode code) {
        return "power-" + code.value().replaceAll("\\s", "_");
    }

    String procedure(Procedure procedure) {
        return procedures.get(procedure);
    }

    /** The id of a standard's item, by the standard's place in the site and the item's in the standard. */
    static String item(int standard, int item) {
        return "standard-" + (standard + 1) + "-item-" + (item + 1);
    }

    /** The id of a standard's section. */
    static String standard(int index) {
        return "standard-" + (index + 1);
    }
}
