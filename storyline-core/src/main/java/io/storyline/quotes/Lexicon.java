package io.storyline.quotes;

import java.util.Arrays;
import java.util.Set;

/** Generic English lexicons for attribution: reporting verbs, roles, anonymous-source nouns. */
final class Lexicon {

    /** Reporting verbs (lemmas) that take a reported clause: "X said (that) ...". */
    static final Set<String> CLAUSE_CUES = words("say tell add write state note warn argue insist stress emphasize"
            + " emphasise claim announce confirm explain suggest report declare deny acknowledge admit concede"
            + " conclude recall reply respond remark comment mention observe assert contend maintain allege predict"
            + " promise pledge vow reveal indicate tweet complain caution reiterate repeat agree believe think hope"
            + " fear worry estimate ask answer testify disclose assure counter boast joke lament charge signal"
            + " express point show find understand know feel expect guess propose recommend demand urge threaten"
            + " wonder question doubt speculate imply posit theorize hint recount inform brief relate concur retort"
            + " affirm reaffirm acknowledge");

    /** Cues that report speech only with an explicit "that" ("maintains that", not "maintains an edge"). */
    static final Set<String> THAT_ONLY = words("maintain show find indicate signal express understand know feel"
            + " agree recommend propose demand urge threaten question doubt point hint relate observe charge report"
            + " mention reveal disclose estimate imply answer counter repeat expect");

    /** Verbs that only attribute marked words ("called the idea “a good one”"), not a clause. */
    static final Set<String> SPEECH_ONLY = words("call describe accuse praise criticize criticise blast slam dismiss"
            + " label brand dub term cite quote defend condemn decry reject continue shout chant cry exclaim quip"
            + " muse scoff sneer snap whisper post mock ridicule hail tout");

    /**
     * Verbs whose object or complement is what the speaker said, asked for or took a position on:
     * "criticized the accord", "urged Congress to act", "declined to comment", "called for a vote".
     */
    static final Set<String> OBJECT_CUES = words("call describe accuse praise criticize criticise blast slam dismiss"
            + " cite urge endorse decline reject denounce condemn blame mock question attack defend ask refer express"
            + " echo propose promise pledge vow seek refuse demand deny acknowledge announce reveal mention"
            + " highlight tout hail lambaste decry ridicule applaud welcome fault label dub predict"
            + " recommend request warn complain insist estimate concede admit claim confirm reiterate repeat outline"
            + " tweet emphasize emphasise stress point talk rail slam chide scold berate castigate lament"
            + " deride assail rebuke disavow renounce repudiate downplay characterize characterise brand liken"
            + " threaten");

    /** Words ending a time phrase: "in December", "on Tuesday", "last week". */
    static final Set<String> TIME_WORDS = words("monday tuesday wednesday thursday friday saturday sunday january"
            + " february march april may june july august september october november december week weeks month"
            + " months year years today yesterday tonight weekend morning afternoon evening night recently earlier"
            + " later ago");

    /** Particles between an object cue and its object: "called for", "referring to", "talked about". */
    static final Set<String> OBJECT_PARTICLES = words("for on to about of against out");

    /** Cues that report a finding when a document is the subject: "the poll shows Clinton ahead". */
    static final Set<String> FINDING_CUES = words("show find suggest indicate reveal estimate project");

    /** Heads of documents and measurements that report findings. */
    static final Set<String> FINDINGS = words("poll survey study report data analysis research review audit"
            + " investigation figure number result count census tally projection model estimate memo document"
            + " record filing average polling search video footage map chart");

    /** Cues whose object is the listener: "told Reuters (that)". */
    static final Set<String> LISTENER_CUES = words("tell inform assure brief warn remind ask urge promise");

    /** Pronouns that can be the subject of an attribution. */
    static final Set<String> PRONOUNS = words("he she they it i we you who");

    /** Nouns heading descriptions of people by their role: "the spokesman", "the president". */
    static final Set<String> ROLES = words("spokesman spokeswoman spokesperson president minister leader senator"
            + " secretary chancellor governor mayor ambassador envoy adviser advisor director chief chairman"
            + " chairwoman ceo candidate lawmaker congressman congresswoman representative nominee judge prosecutor"
            + " general commander premier king queen professor economist lawyer attorney founder head executive"
            + " businessman businesswoman frontrunner author mogul billionaire chairperson commissioner officer"
            + " pope prince monarch strategist manager owner coach host sheriff justice dean researcher scientist"
            + " historian columnist correspondent editor writer speaker aide analyst official diplomat");

    /** Nouns heading anonymous or generic sources when no name goes with them. */
    static final Set<String> ANONYMOUS = words("source official insider expert analyst observer diplomat informant"
            + " person people aide critic witness resident someone somebody investigator officer staffer employee"
            + " member adviser advisor lawmaker economist strategist operative activist supporter opponent voter"
            + " leader scientist researcher specialist commentator pundit participant spokesman spokeswoman"
            + " spokesperson representative colleague friend associate ally republican democrat conservative"
            + " liberal many some others other few most all");

    /** Common nouns that can speak as an institution or a document. */
    static final Set<String> INSTITUTIONS = words("government ministry military army administration campaign"
            + " company committee department office agency court police party council statement report survey"
            + " poll study data document letter memo analysis research figure record commission board press"
            + " media newspaper website network channel outlet release filing lawsuit complaint indictment ruling"
            + " decision bill plan proposal draft resolution declaration communique ad video post tweet message"
            + " note email review audit investigation inquiry panel union group organization organisation"
            + " coalition alliance bank fund firm team club church school university hospital city state country"
            + " nation senate house congress parliament kremlin pentagon embassy mission delegation leadership"
            + " side authority regime cabinet presidency paper book article story editorial column blog page"
            + " account feed site source expert voter");

    /** Titles that precede a name and are not part of it. */
    static final Set<String> TITLES = words("mr mrs ms miss dr prof professor president sen senator rep"
            + " representative gov governor mayor minister secretary chancellor judge justice gen general col"
            + " colonel capt captain lt sgt officer chief director spokesman spokeswoman spokesperson king queen"
            + " prince princess pope sir lady lord rev ambassador envoy adviser advisor ceo chairman chairwoman"
            + " deputy premier prime vice leader speaker state attorney former first candidate nominee gop democrat"
            + " republican sheriff commissioner dem assemblyman assemblywoman congressman congresswoman");

    /** Subordinators that can open a reported clause right after the verb: "said if he were elected". */
    static final Set<String> REPORTED_OPENERS = words("if when whether unless once although though because");

    /** Words before a speaker that make the verb's clause start with its own verb: "which officials said was". */
    static final Set<String> RELATIVE_OBJECTS = words("which that what who whom whatever");

    /** Prepositions that attach a modifier to a speaker's head noun: "the organizer of a rally". */
    static final Set<String> NP_PREPOSITIONS = words("of in from at for with");

    /** Words for a share of people polled: "74 percent said", "nearly half said". */
    static final Set<String> QUANTITIES =
            words("half majority plurality minority third quarter percent % most many some few all none");

    /** Conjunctions that, after a comma, end a reported clause. */
    static final Set<String> CLAUSE_BREAKS = words("while whereas although though because");

    private Lexicon() {}

    /** An immutable set of the space-separated words; repeated words are harmless. */
    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.trim().split("\\s+")));
    }
}
