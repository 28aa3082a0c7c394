package io.storyline.server;

/**
 * The frame of every page: a skip link, the site header, the main region and the style sheet (inline:
 * one request per page, no build step, no script). Usable from 320 px wide; every link and control
 * shows keyboard focus.
 */
final class Layout {

    private static final String CSS = """
            :root{--fg:#1d232a;--muted:#5b6670;--bg:#fff;--line:#d7dde3;--accent:#0b57d0;--mark:#fff2a8;}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
            a{color:var(--accent)}
            a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #f29900;outline-offset:2px}
            svg a:focus-visible rect{stroke:#f29900;stroke-width:3}
            .skip{position:absolute;left:-999px;top:0;background:#000;color:#fff;padding:.5em 1em;z-index:1}
            .skip:focus{left:0}
            header.site{border-bottom:1px solid var(--line);padding:.6em 1rem}
            header.site a{font-weight:700;text-decoration:none;font-size:1.15em}
            main{max-width:62rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
            h1{font-size:1.6em;line-height:1.25;margin:.2em 0 .4em}
            h2{font-size:1.25em;border-bottom:1px solid var(--line);padding-bottom:.2em;margin-top:1.6em}
            h3{font-size:1.05em;margin:1.2em 0 .3em}
            .meta,.muted,.src,.role,.kind{color:var(--muted)}
            .na{color:var(--muted);font-style:italic}
            form.search{display:flex;flex-wrap:wrap;gap:.5em;align-items:end;margin:.5em 0 1em}
            form.search label{display:flex;flex-direction:column;font-size:.85em;color:var(--muted)}
            form.search input{font:inherit;padding:.3em .4em;border:1px solid #9aa5b1;border-radius:4px;min-width:8em}
            button{font:inherit;padding:.35em 1em;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px}
            table.stories{width:100%;border-collapse:collapse}
            table.stories th,table.stories td{text-align:left;padding:.45em .5em;border-bottom:1px solid var(--line);vertical-align:top}
            table.stories td.n{text-align:right;white-space:nowrap}
            ul.quotes{padding-left:1.2em}
            ul.quotes li{margin:.5em 0}
            .diff{margin:.2em 0 0;font-size:.92em}
            .diff .rel{font-weight:600;text-transform:uppercase;font-size:.8em;letter-spacing:.04em}
            .rel-altered .rel,.rel-misattributed .rel{color:#b3261e}
            del{background:#fde2e1;color:#8c1d18}
            ins{background:#dcf5e3;color:#0d5323;text-decoration:none}
            .flag{font-size:.8em;background:#eef1f4;border-radius:3px;padding:0 .35em}
            .graph{overflow-x:auto;border:1px solid var(--line);border-radius:6px;padding:.3em}
            .graph rect.node{fill:#e8f0fe;stroke:#4c7bd9}
            .graph rect.copy{fill:#fdf2e3;stroke:#c77d1a}
            .graph text{font-size:12px;fill:#1d232a}
            .graph text.day{font-weight:600;fill:#5b6670}
            .graph line.edge{stroke:#c77d1a;stroke-width:1.5}
            .graph line.credits{stroke:#4c7bd9;stroke-dasharray:4 3}
            .graph line.hidden{stroke:#b3261e;stroke-width:2}
            .graph rect.upstream{fill:#f1ecfb;stroke:#7a5bc7}
            .badge{font-size:.8em;border-radius:3px;padding:0 .4em;background:#e3f1e6;color:#1c5b2b;white-space:nowrap}
            .badge.single-source{background:#fdf2e3;color:#7a4a0c}
            .badge.contested{background:#fbe4e2;color:#8a1c14}
            .cite{font-size:.85em;margin-left:.1em}
            table.timeline{border-collapse:collapse;width:100%;table-layout:fixed;overflow-wrap:anywhere}
            table.timeline th:first-child{width:9em}
            table.timeline th:nth-child(3){width:5em}
            table.timeline td,table.timeline th{border-top:1px solid var(--line);padding:.3em .4em;vertical-align:top;text-align:left}
            table.timeline time{white-space:nowrap;font-variant-numeric:tabular-nums}
            .expr{color:var(--muted);font-size:.9em}
            @media (max-width:600px){table.timeline td:nth-child(3),table.timeline th:nth-child(3){display:none}}
            .text{white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid var(--line);padding-left:1em}
            mark.quote{background:var(--mark)}
            mark.claim,span.claim{background:#e6f0fb;border-bottom:2px solid #4c7bd9}
            .speaker{text-decoration:underline dotted;text-underline-offset:3px}
            .boilerplate{color:#8a949e;text-decoration:line-through;text-decoration-color:#c3cad1}
            .legend span,.legend mark{padding:0 .3em;margin-right:.6em}
            @media (max-width:40rem){
              body{font-size:15px}
              main{padding:.6rem}
              table.stories thead{display:none}
              table.stories tr{display:block;border-bottom:1px solid var(--line);padding:.4em 0}
              table.stories td{display:block;border:0;padding:.1em 0}
              table.stories td.n{text-align:left}
              table.stories td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
              form.search input{min-width:0;width:100%}
              form.search label{flex:1 1 40%}
            }
            """;

    private Layout() {}

    /** The whole page around {@code body} (already built HTML) with {@code title} escaped. */
    static String page(String title, String body) {
        Html h = new Html(body.length() + CSS.length() + 600);
        h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .raw("<title>")
                .text(title)
                .raw(" · Storyline</title><style>")
                .raw(CSS)
                .raw("</style></head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
                .raw("<header class=\"site\"><nav aria-label=\"Site\"><a href=\"/\">Storyline</a></nav></header>")
                .raw("<main id=\"main\" tabindex=\"-1\">")
                .raw(body)
                .raw("</main></body></html>");
        return h.toString();
    }
}
