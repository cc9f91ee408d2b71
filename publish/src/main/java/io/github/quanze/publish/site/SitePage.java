package io.github.quanze.publish.site;

import io.github.quanze.publish.html.Page;
import io.github.quanze.text.BilingualText;

/**
 * A page a site publishes beside its own (附加页面), such as the 执法决定公示 of decided cases, rendered by whoever
 * holds its content and given to {@link SiteRenderer#withPage(SitePage)}. It appears in every page's navigation,
 * after 裁量基准 and before 执法主体和人员, and is drawn in the site's frame ({@link SiteFrame#page}).
 */
public interface SitePage {

    /**
     * Returns the page's path in the site, such as {@code decisions.html}.
     *
     * @return the path, not null
     */
    String path();

    /**
     * Returns the page's label in the navigation.
     *
     * @return the label, not null
     */
    BilingualText label();

    /**
     * Renders the page in the site's frame: the site's publisher and navigation, with this page marked current.
     *
     * @param frame  the frame of the site, not null
     * @return the page, not null
     */
    Page render(SiteFrame frame);
}
