package io.storyline.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A general list of common given names (many languages, transliterated) and English nicknames, used
 * to split glued names ("Konstantinkosachev") and to tell compatible first names ("Mike" and
 * "Michael") from different ones. Immutable.
 */
final class FirstNames {

    private static final Set<String> NAMES = Set.copyOf(List.of((""
                    // English
                    + "aaron adam alan albert alexander alex alice allison amanda amy andrew angela anna anne"
                    + " anthony antony barbara ben benjamin bernard betty bill brian bruce carl carol catherine"
                    + " charles charlotte chris christopher christine daniel david deborah dennis donald dorothy"
                    + " douglas edward elizabeth emily emma eric frank gary george gerald gordon gregory harold"
                    + " harry helen henry jack james jane janet jason jeffrey jennifer jeremy jessica joan john"
                    + " jonathan joseph joshua joyce julia justin karen kathleen keith kenneth kevin kimberly"
                    + " larry laura lawrence linda lisa margaret maria mark martha martin mary matthew melissa"
                    + " michael michelle mike nancy nicholas nicole pamela patricia patrick paul peter philip"
                    + " rachel ralph raymond rebecca richard robert roger ronald rose russell ruth ryan samuel"
                    + " sandra sarah scott sharon stephen steven steve susan terry thomas timothy victoria walter"
                    + " william marco marko kamala joe hillary rishi keir boris theresa tony gordon liz"
                    // Russian, Ukrainian, other Slavic
                    + " aleksandr aleksei alexei alexey anatoly andrei andrey andriy andrii anton arkady boris"
                    + " dmitry dmitri dmytro denis evgeny yevgeny fyodor fedor gennady grigory igor ilya ivan"
                    + " kirill konstantin leonid maxim maksim mikhail mykhailo mykola nikolai nikolay oleg"
                    + " olga pavel petro petr roman ruslan sergei sergey serhiy stanislav svetlana tatiana"
                    + " valentina valery vasily viktor vitaly vladimir volodymyr vladislav vyacheslav yaroslav"
                    + " yulia yuri yury yuriy zakhar irina natalia natalya elena yelena maria marina ekaterina"
                    + " kateryna oksana olena taras bohdan oleksandr oleksiy oleksii rustem denys arseniy"
                    + " jaroslaw andrzej tomasz piotr pawel krzysztof marek mateusz lukasz wojciech donald"
                    + " jan jiri milos zoran aleksandar ivica goran radoslaw"
                    // German, French, Italian, Spanish, Portuguese, Nordic, Dutch
                    + " angela olaf friedrich gerhard helmut wolfgang hans klaus jurgen ursula annalena"
                    + " emmanuel francois jean pierre jacques nicolas marine michel philippe laurent"
                    + " giorgia giuseppe matteo mario sergio silvio luigi giovanni pedro pablo jose juan luis"
                    + " carlos javier miguel manuel antonio jair luiz fernando lula gustavo andres alberto"
                    + " mette jens stefan sanna magnus lars erik mark geert"
                    // Middle East, Asia, Africa
                    + " mohammed muhammad mohammad ahmed ahmad ali hassan hussein abdullah abdel khalid omar"
                    + " recep tayyip hakan ebrahim ibrahim hamid hossein javad masoud abbas yahya ismail"
                    + " benjamin yoav isaac naftali yair bezalel itamar gideon"
                    + " xi li wang zhang chen liu yang narendra rahul amit shinzo fumio yoshihide kim moon"
                    + " yoon shehbaz imran nawaz cyril jacob nelson william paul abiy uhuru bola"
                    + " ashraf gamal hosni anwar mahmoud jose")
            .split(" ")));

    private static final Map<String, String> NICKNAMES = nicknames();

    private FirstNames() {}

    private static Map<String, String> nicknames() {
        Map<String, String> m = new HashMap<>();
        String pairs = "mike=michael bill=william will=william bob=robert rob=robert bobby=robert"
                + " jim=james jimmy=james steve=steven steve=stephen tom=thomas tony=anthony"
                + " dick=richard rick=richard dave=david dan=daniel joe=joseph chris=christopher"
                + " alex=alexander sasha=alexander sasha=aleksandr nick=nicholas ted=edward ed=edward"
                + " liz=elizabeth beth=elizabeth kate=catherine cathy=catherine sam=samuel ben=benjamin"
                + " bibi=benjamin matt=matthew pete=peter jack=john jon=jonathan larry=lawrence"
                + " andy=andrew greg=gregory jeff=jeffrey ron=ronald don=donald volodya=vladimir"
                + " misha=mikhail dima=dmitry kolya=nikolai zhenya=evgeny";
        for (String p : pairs.split(" ")) {
            String[] kv = p.split("=");
            m.putIfAbsent(kv[0], kv[1]);
        }
        return Map.copyOf(m);
    }

    /** Whether {@code folded} (lower case, no accents) is a known given name. */
    static boolean isKnown(String folded) {
        return NAMES.contains(folded) || NICKNAMES.containsKey(folded);
    }

    /** Whether one of the two folded names is a nickname of the other. */
    static boolean nickname(String a, String b) {
        return b.equals(NICKNAMES.get(a))
                || a.equals(NICKNAMES.get(b))
                || (NICKNAMES.containsKey(a) && NICKNAMES.get(a).equals(NICKNAMES.get(b)));
    }
}
