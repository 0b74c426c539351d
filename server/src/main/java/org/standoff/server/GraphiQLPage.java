package org.standoff.server;

/**
 * The GraphiQL page at {@code /graphiql}. Its scripts and styles come from the webjars inside the jar
 * (GraphiQL 2.4.7, React 18.3.1), so it works without network access; its own script,
 * {@code /web/js/graphiql.js}, sends the token the reading page signed in with. Its script and style
 * are files, never inline, as the Content-Security-Policy requires (see {@link RequestGuard}).
 */
final class GraphiQLPage {
    static final String HTML = "<!DOCTYPE html>\n"
            + "<html lang=\"en\">\n"
            + "<head>\n"
            + "  <meta charset=\"utf-8\">\n"
            + "  <title>Standoff GraphiQL</title>\n"
            + "  <link rel=\"stylesheet\" href=\"/webjars/graphiql/2.4.7/graphiql.min.css\">\n"
            + "  <link rel=\"stylesheet\" href=\"" + WebPage.HOSTED_PATH + "/graphiql.css\">\n"
            + "</head>\n"
            + "<body>\n"
            + "  <div id=\"graphiql\">Loading GraphiQL…</div>\n"
            + "  <script src=\"/webjars/react/18.3.1/umd/react.production.min.js\"></script>\n"
            + "  <script src=\"/webjars/react-dom/18.3.1/umd/react-dom.production.min.js\"></script>\n"
            + "  <script src=\"/webjars/graphiql/2.4.7/graphiql.min.js\"></script>\n"
            + "  <script type=\"module\" src=\"/web/js/graphiql.js\"></script>\n"
            + "</body>\n"
            + "</html>\n";

    private GraphiQLPage() {
    }
}
