package io.storyline.nlp;

import java.util.Map;

/** Maps the ISO 639-3 codes of OpenNLP's language detector to ISO 639-1 where one exists. */
final class Languages {

    private static final Map<String, String> ISO3_TO_1 = Map.ofEntries(
            Map.entry("eng", "en"),
            Map.entry("deu", "de"),
            Map.entry("fra", "fr"),
            Map.entry("spa", "es"),
            Map.entry("ita", "it"),
            Map.entry("por", "pt"),
            Map.entry("nld", "nl"),
            Map.entry("pol", "pl"),
            Map.entry("rus", "ru"),
            Map.entry("ukr", "uk"),
            Map.entry("ces", "cs"),
            Map.entry("swe", "sv"),
            Map.entry("dan", "da"),
            Map.entry("nor", "no"),
            Map.entry("nob", "nb"),
            Map.entry("fin", "fi"),
            Map.entry("tur", "tr"),
            Map.entry("ara", "ar"),
            Map.entry("heb", "he"),
            Map.entry("jpn", "ja"),
            Map.entry("kor", "ko"),
            Map.entry("cmn", "zh"),
            Map.entry("zho", "zh"),
            Map.entry("hin", "hi"),
            Map.entry("ron", "ro"),
            Map.entry("hun", "hu"),
            Map.entry("ell", "el"),
            Map.entry("bul", "bg"),
            Map.entry("hrv", "hr"),
            Map.entry("srp", "sr"),
            Map.entry("slk", "sk"),
            Map.entry("slv", "sl"),
            Map.entry("lit", "lt"),
            Map.entry("lav", "lv"),
            Map.entry("est", "et"),
            Map.entry("ind", "id"),
            Map.entry("vie", "vi"),
            Map.entry("tha", "th"),
            Map.entry("fas", "fa"),
            Map.entry("pes", "fa"),
            Map.entry("cat", "ca"));

    private Languages() {}

    static String toIso1(String iso3) {
        return ISO3_TO_1.getOrDefault(iso3, iso3);
    }
}
