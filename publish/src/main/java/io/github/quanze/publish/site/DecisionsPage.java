package io.github.quanze.publish.site;

import io.github.quanze.publish.html.Page;
import io.github.quanze.publish.notice.DecisionNotices;
import io.github.quanze.publish.notice.DecisionPage;
import io.github.quanze.text.BilingualText;

/** The site's 执法决定公示 page, {@code decisions.html}, for a site that publishes its decisions. */
final class DecisionsPage implements SitePage {

    private final DecisionNotices notices;

    DecisionsPage(DecisionNotices notices) {
        this.notices = notices;
    }

    @Override
    public String path() {
        return DecisionPage.FILE_NAME;
    }

    @Override
    public BilingualText label() {
        return DecisionPage.title();
    }

    @Override
    public Page render(SiteFrame frame) {
        return frame.page(path(), label()).body(DecisionPage.of(notices).body()).build();
    }
}
