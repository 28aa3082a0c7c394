package io.storyline.speakers;

import io.storyline.text.Fold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A general gazetteer from words in a role or a name to a side: country names, demonyms, capitals
 * and well-known institutions ("Kremlin" → Russia, "Pentagon" → United States, "Downing Street" →
 * United Kingdom, "Élysée" → France) for the world's major countries, and international
 * organisations as sides of their own (NATO, European Union, United Nations). Immutable and
 * thread-safe.
 */
public final class Sides {

    // side|cue|cue|...; a cue in upper case is an acronym and matches only in upper case.
    private static final String TABLE = ""
            + "Russia|Russia|Russian|Russians|Russian Federation|Moscow|Kremlin|Duma|State Duma|Federation Council"
            + "|SVR|FSB|GRU|Rosatom|Gazprom|Roscosmos|TASS|RIA Novosti|Lubyanka|Rosneft\n"
            + "United States|United States|United States of America|US|USA|America|American|Americans|Washington"
            + "|White House|Pentagon|State Department|Department of State|Congress|Senate|House of Representatives"
            + "|CIA|FBI|NSA|Capitol Hill|Oval Office|Treasury Department|Republican|Democrat|Democratic Party"
            + "|Republican Party|GOP\n"
            + "Ukraine|Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Verkhovna Rada|Rada|SBU|Bankova\n"
            + "United Kingdom|United Kingdom|UK|Britain|Great Britain|British|Briton|Britons|Scottish|Welsh"
            + "|London|Downing Street|Whitehall|Westminster|Foreign Office|MI6|MI5|Labour Party|Conservative Party"
            + "|Tory|Tories\n"
            + "France|France|French|Paris|Elysee|Élysée|Quai d'Orsay|Matignon\n"
            + "Germany|Germany|German|Germans|Berlin|Bundestag|Bundeswehr|Chancellery\n"
            + "China|China|Chinese|Beijing|Peking|Zhongnanhai|PRC|Xinhua\n"
            + "Taiwan|Taiwan|Taiwanese|Taipei\n"
            + "Japan|Japan|Japanese|Tokyo\n"
            + "South Korea|South Korea|South Korean|Seoul\n"
            + "North Korea|North Korea|North Korean|Pyongyang|DPRK|KCNA\n"
            + "India|India|Indian|New Delhi|Delhi\n"
            + "Pakistan|Pakistan|Pakistani|Islamabad\n"
            + "Afghanistan|Afghanistan|Afghan|Kabul|Taliban\n"
            + "Iran|Iran|Iranian|Tehran|Teheran|IRGC\n"
            + "Iraq|Iraq|Iraqi|Baghdad\n"
            + "Syria|Syria|Syrian|Damascus\n"
            + "Israel|Israel|Israeli|Israelis|Jerusalem|Knesset|IDF|Mossad|Shin Bet\n"
            + "Palestine|Palestine|Palestinian|Palestinians|Ramallah|Gaza|Hamas|Palestinian Authority\n"
            + "Lebanon|Lebanon|Lebanese|Beirut|Hezbollah\n"
            + "Jordan|Jordanian|Amman\n"
            + "Saudi Arabia|Saudi Arabia|Saudi|Saudis|Riyadh\n"
            + "United Arab Emirates|United Arab Emirates|UAE|Emirati|Abu Dhabi|Dubai\n"
            + "Qatar|Qatar|Qatari|Doha\n"
            + "Egypt|Egypt|Egyptian|Cairo\n"
            + "Turkey|Turkey|Turkish|Türkiye|Ankara\n"
            + "Yemen|Yemen|Yemeni|Sanaa|Houthi|Houthis\n"
            + "Italy|Italy|Italian|Rome|Palazzo Chigi\n"
            + "Spain|Spain|Spanish|Madrid|Moncloa\n"
            + "Portugal|Portugal|Portuguese|Lisbon\n"
            + "Poland|Poland|Polish|Poles|Warsaw|Sejm\n"
            + "Netherlands|Netherlands|Dutch|Amsterdam|The Hague\n"
            + "Belgium|Belgium|Belgian\n"
            + "Switzerland|Switzerland|Swiss|Bern|Geneva\n"
            + "Austria|Austria|Austrian|Vienna\n"
            + "Sweden|Sweden|Swedish|Stockholm\n"
            + "Norway|Norway|Norwegian|Oslo\n"
            + "Denmark|Denmark|Danish|Copenhagen\n"
            + "Finland|Finland|Finnish|Helsinki\n"
            + "Estonia|Estonia|Estonian|Tallinn\n"
            + "Latvia|Latvia|Latvian|Riga\n"
            + "Lithuania|Lithuania|Lithuanian|Vilnius\n"
            + "Belarus|Belarus|Belarusian|Minsk\n"
            + "Moldova|Moldova|Moldovan|Chisinau\n"
            + "Georgia|Georgian|Tbilisi\n"
            + "Armenia|Armenia|Armenian|Yerevan\n"
            + "Azerbaijan|Azerbaijan|Azerbaijani|Baku\n"
            + "Kazakhstan|Kazakhstan|Kazakh|Astana\n"
            + "Hungary|Hungary|Hungarian|Budapest\n"
            + "Czech Republic|Czech Republic|Czechia|Czech|Prague\n"
            + "Slovakia|Slovakia|Slovak|Bratislava\n"
            + "Romania|Romania|Romanian|Bucharest\n"
            + "Bulgaria|Bulgaria|Bulgarian\n"
            + "Serbia|Serbia|Serbian|Belgrade\n"
            + "Croatia|Croatia|Croatian|Zagreb\n"
            + "Greece|Greece|Greek|Athens\n"
            + "Ireland|Ireland|Irish|Dublin\n"
            + "Canada|Canada|Canadian|Ottawa\n"
            + "Mexico|Mexico|Mexican|Mexico City\n"
            + "Brazil|Brazil|Brazilian|Brasilia|Brasília|Planalto\n"
            + "Argentina|Argentina|Argentine|Argentinian|Buenos Aires|Casa Rosada\n"
            + "Chile|Chile|Chilean\n"
            + "Colombia|Colombia|Colombian|Bogota|Bogotá\n"
            + "Venezuela|Venezuela|Venezuelan|Caracas\n"
            + "Cuba|Cuba|Cuban|Havana\n"
            + "Peru|Peru|Peruvian|Lima\n"
            + "Australia|Australia|Australian|Canberra\n"
            + "New Zealand|New Zealand|Wellington\n"
            + "Indonesia|Indonesia|Indonesian|Jakarta\n"
            + "Philippines|Philippines|Filipino|Philippine|Manila\n"
            + "Vietnam|Vietnam|Vietnamese|Hanoi\n"
            + "Thailand|Thailand|Thai|Bangkok\n"
            + "Malaysia|Malaysia|Malaysian|Kuala Lumpur\n"
            + "Singapore|Singapore|Singaporean\n"
            + "Bangladesh|Bangladesh|Bangladeshi|Dhaka\n"
            + "Sri Lanka|Sri Lanka|Sri Lankan|Colombo\n"
            + "Myanmar|Myanmar|Burmese|Naypyidaw\n"
            + "South Africa|South Africa|South African|Pretoria\n"
            + "Nigeria|Nigeria|Nigerian|Abuja\n"
            + "Kenya|Kenya|Kenyan|Nairobi\n"
            + "Ethiopia|Ethiopia|Ethiopian|Addis Ababa\n"
            + "Sudan|Sudan|Sudanese|Khartoum\n"
            + "Libya|Libya|Libyan|Tripoli\n"
            + "Algeria|Algeria|Algerian|Algiers\n"
            + "Morocco|Morocco|Moroccan|Rabat\n"
            + "Tunisia|Tunisia|Tunisian|Tunis\n"
            + "Vatican|Vatican|Holy See|Pope\n"
            + "NATO|NATO|North Atlantic Treaty Organization|Atlantic alliance\n"
            + "European Union|European Union|EU|European Commission|European Parliament|European Council|Brussels\n"
            + "United Nations|United Nations|UN|U.N.|Security Council|UNICEF|UNHCR|IAEA|World Health Organization"
            + "|WHO\n"
            + "African Union|African Union\n"
            + "OPEC|OPEC\n"
            + "International Monetary Fund|International Monetary Fund|IMF\n"
            + "World Bank|World Bank\n"
            + "Red Cross|Red Cross|ICRC\n";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    /** An organisation named in a role: a capitalised run ending in a word like Institute or Team. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(?:the\\s+)?((?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,4}(?:Corporation|Institute|Institution|Team|Council|Centre"
                    + "|Center|Foundation|University|Agency|Group|Party|Service|Ministry|Committee|Commission|Fund"
                    + "|Bank|Network|Project|Organization|Organisation|Association|Union|Forum|Office|Watch"
                    + "|International|Tank|School|College|Company|Inc|Ltd|Authority|Department|Administration"
                    + "|Board|Police|Federation|Alliance|Coalition|Movement|Parliament|Assembly|Government"
                    + "|Airlines|Railways))\\b");

    private static final int MAX_CUE_WORDS = 4;

    private final Map<String, String> lowerCues;
    private final Map<String, String> acronymCues;
    private final Set<String> sides;

    /** The built-in gazetteer. */
    public Sides() {
        Map<String, String> lower = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String line : TABLE.split("\n")) {
            String[] parts = line.split("\\|");
            names.add(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String cue = parts[i];
                String key = key(cue);
                if (cue.length() <= 5 && cue.equals(cue.toUpperCase(Locale.ROOT))) {
                    acronyms.putIfAbsent(key, parts[0]);
                } else {
                    lower.putIfAbsent(key.toLowerCase(Locale.ROOT), parts[0]);
                }
            }
        }
        this.lowerCues = Map.copyOf(lower);
        this.acronymCues = Map.copyOf(acronyms);
        this.sides = Set.copyOf(names);
    }

    private static String key(String words) {
        return String.join(" ", words(words));
    }

    private static String stripAccents(String s) {
        return Fold.accents(s);
    }

    /** Whether the whole of {@code phrase} is a cue ("Kremlin", "White House", "Russian"). */
    public boolean isCue(String phrase) {
        String k = key(phrase);
        return acronymCues.containsKey(k) || lowerCues.containsKey(k.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} is one of the sides this gazetteer returns. */
    public boolean isSide(String name) {
        return sides.contains(name);
    }

    /**
     * The side named by the first cue in {@code text}, a role or a name ("Kremlin spokesman" →
     * Russia, "head of Russia's SVR" → Russia). Cues right after "to" or "against" ("ambassador to
     * Washington") are skipped: they name the other side.
     */
    public Optional<String> countryOf(String text) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            if (i > 0
                    && (words.get(i - 1).equalsIgnoreCase("to")
                            || words.get(i - 1).equalsIgnoreCase("against"))) {
                continue;
            }
            for (int n = Math.min(MAX_CUE_WORDS, words.size() - i); n >= 1; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                String side = acronymCues.get(phrase);
                if (side == null) {
                    side = lowerCues.get(phrase.toLowerCase(Locale.ROOT));
                }
                if (side != null) {
                    return Optional.of(side);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The side of {@code text}: a country or international organisation from the gazetteer, else an
     * organisation named in it ("analyst at the RAND Corporation" → "RAND Corporation"), else empty.
     */
    public Optional<String> sideOf(String text) {
        Optional<String> country = countryOf(text);
        if (country.isPresent()) {
            return country;
        }
        Matcher m = ORGANISATION.matcher(text);
        while (m.find()) {
            String org = m.group(1).trim();
            if (org.indexOf(' ') > 0) {
                return Optional.of(org);
            }
        }
        return Optional.empty();
    }

    /** Words of {@code text} with accents, possessives and dots removed ("U.S." → "US"). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(stripAccents(text));
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "").replaceAll("[.’']", "");
            for (String part : w.split("-")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
