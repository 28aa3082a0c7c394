package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MarkupRepairTest {

    @Test
    void closesATitleThatSwallowsThePage() {
        String html = "<html><head><title>Weir repaired\n" + "<meta name='x' content='y'>".repeat(60)
                + "</head><body><p>The weir was repaired.</p></body></html>";
        String fixed = MarkupRepair.repair(html);
        assertThat(fixed).startsWith("<html><head><title>Weir repaired\n</title><meta");
        assertThat(new HtmlExtractor().extract(html, null).text()).isEqualTo("The weir was repaired.");
    }

    @Test
    void aBrokenEndTagDoesNotCloseTheTitle() {
        String html = "<title>Weir repaired</titlevalue=\"true\" -->\n</head><body><p>The weir was repaired.</p>";
        assertThat(MarkupRepair.repair(html)).startsWith("<title>Weir repaired</title></titlevalue");
        assertThat(new HtmlExtractor().extract(html, null).text()).isEqualTo("The weir was repaired.");
    }

    @Test
    void leavesAClosedTitleAlone() {
        String html = "<html><head><title>Weir &lt;repaired&gt;</title></head><body><p>x</p></body></html>";
        assertThat(MarkupRepair.repair(html)).isSameAs(html);
    }

    @Test
    void closesAnIframeThatIsNeverClosed() {
        String html = "<body><iframe src='/ad' width=0><p>The weir was repaired this week.</p></body>";
        assertThat(MarkupRepair.repair(html))
                .isEqualTo("<body><iframe src='/ad' width=0></iframe><p>The weir was repaired this week.</p></body>");
    }

    @Test
    void emptyPageStaysEmpty() {
        assertThat(MarkupRepair.repair("")).isEmpty();
    }

    @Property(tries = 300)
    void onlyEverAddsClosingTags(@ForAll String junk) {
        String html = "<title>" + junk + "<iframe>" + junk;
        String fixed = MarkupRepair.repair(html);
        assertThat(fixed.replace("</title>", "").replace("</iframe>", "")).isEqualTo(html);
    }
}
