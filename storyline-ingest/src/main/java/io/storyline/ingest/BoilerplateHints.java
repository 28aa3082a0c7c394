package io.storyline.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Class/id/role hints that mark page furniture (navigation, sharing, comments, related links). Stateless. */
final class BoilerplateHints {

    /** Substrings of a lower-cased class or id that mark furniture. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|promo|advert"
                    + "|sponsor|sidebar|widget|footer|breadcrumb|author-bio|authorbio|about-author|popup|modal|cookie"
                    + "|consent|paywall|pagination|pager|toolbar|outbrain|taboola|more-stories|morestories|trending"
                    + "|most-popular|mostpopular|read-more|readmore|disqus|masthead|navbar|topbar|banner|tag-list"
                    + "|taglist|article-tags|post-tags|keywords|byline|dateline|timestamp|caption|credit|hidden"
                    + "|visually-hidden|sr-only|screen-reader|jump-link|see-also|seealso|further-reading|next-post"
                    + "|prev-post|post-nav|skip-link|print-only|rating|reactions|gallery|slideshow|carousel|tooltip|popover"
                    + "|rollover|hovercard");

    /** Embedded posts (tweets, Instagram) quoted in the article are content even inside "social" boxes. */
    private static final Pattern EMBED = Pattern.compile("embed|tweet|instagram-media");

    private static final Pattern CAPTION = Pattern.compile("caption|credit|image|photo|video|gallery");

    /** Whole class/id tokens that mark furniture. */
    private static final Set<String> NEGATIVE_TOKENS = Set.of(
            "ad", "ads", "adv", "advert", "nav", "menu", "tags", "tag", "meta", "author", "print", "tools", "header",
            "footer", "aside", "sidebar", "hide", "links", "promo", "teaser", "teasers", "byline");

    private static final Pattern ARTICLE_BODY = Pattern.compile(
            "article[-_]?(body|content|text)|story[-_]?(body|content|text)|entry[-_]?content|post[-_]?(body|content)"
                    + "|main[-_]?content|body[-_]?text|articlebody");

    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-]+");

    private BoilerplateHints() {}

    static boolean isFurniture(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation")
                || role.equals("complementary")
                || role.equals("banner")
                || role.equals("contentinfo")
                || role.equals("dialog")) {
            return true;
        }
        String hint = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (hint.isEmpty()) {
            return false;
        }
        if (EMBED.matcher(hint).find() && !CAPTION.matcher(hint).find()) {
            return false;
        }
        if (NEGATIVE.matcher(hint).find()) {
            return true;
        }
        for (String token : TOKEN_SPLIT.split(hint)) {
            if (NEGATIVE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element says it is the article or its body. */
    static boolean isArticleMarked(Element e) {
        if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String hint = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return ARTICLE_BODY.matcher(hint).find();
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
