package io.storyline.store;

import io.storyline.core.Article;
import java.time.LocalDate;
import java.util.List;

/** Invented articles about two unrelated events. */
final class Fixtures {

    private Fixtures() {}

    static Article bridge(String id, String outlet, int day, String extra) {
        return new Article(
                id,
                "Orrin bridge closed after crack found",
                "Engineers closed the Orrin River bridge in Tamsford on Monday after inspectors found a crack "
                        + "in one of its steel girders. City engineer Hale Dunmore said the bridge would stay closed "
                        + "for at least three weeks while repairs are planned. Commuters were told to use the ferry. "
                        + extra,
                LocalDate.of(2030, 3, day),
                outlet,
                null,
                null);
    }

    static Article election(String id, String outlet, int day, String extra) {
        return new Article(
                id,
                "Mayor Sela Wren wins second term in Brackwater",
                "Sela Wren won a second term as mayor of Brackwater on Sunday, taking 58 percent of the vote "
                        + "against challenger Ivo Kestrel. Turnout was 41 percent, the electoral office said. Wren "
                        + "promised to expand the tram network and build 2,000 homes. "
                        + extra,
                LocalDate.of(2030, 3, day),
                outlet,
                null,
                null);
    }

    static List<Article> firstBatch() {
        return List.of(
                bridge("bridge-a", "Tamsford Times", 4, "Local shops feared losing trade."),
                election("election-a", "Brackwater Post", 3, "Her opponent conceded on Sunday night."));
    }

    static List<Article> secondBatch() {
        return List.of(
                bridge("bridge-b", "River Daily", 5, "The council will debate the repair budget on Thursday."),
                election("election-b", "Coast Herald", 4, "Kestrel said he would run again in four years."));
    }
}
