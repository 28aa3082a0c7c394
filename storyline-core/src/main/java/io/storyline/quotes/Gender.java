package io.storyline.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The grammatical gender a person's mention implies, for resolving "he" and "she": from a title
 * (Mr., Mrs., Ms.), a gendered role word (spokeswoman, congressman) or a common first name.
 * Unknown is null. Stateless.
 */
final class Gender {

    private static final Set<String> FEMALE_WORDS = words("mrs ms miss madam madame lady queen princess duchess"
            + " spokeswoman congresswoman chairwoman businesswoman assemblywoman councilwoman anchorwoman actress"
            + " woman wife mother daughter sister grandmother aunt niece widow girl first-lady");
    private static final Set<String> MALE_WORDS = words("mr sir lord king prince duke spokesman congressman chairman"
            + " businessman assemblyman councilman anchorman actor man husband father son brother grandfather uncle"
            + " nephew widower boy");

    /** Common given names (English and frequent international ones) that are clearly female. */
    private static final Set<String> FEMALE_NAMES = words("mary patricia jennifer linda elizabeth barbara susan"
            + " jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol"
            + " amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna"
            + " brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria"
            + " heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan"
            + " cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison"
            + " doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany"
            + " natalie isabella charlotte rose alexis kayla hillary huma kellyanne sarah nikki condoleezza madeleine"
            + " michele nancy dianne elise kirsten tammy tulsi kamala ivanka melania malia sasha chelsea loretta"
            + " sonia ruth elena angela theresa marine ursula christine irina olga natalia tatiana svetlana yulia"
            + " anna maria elena sofia ana lucia carmen isabel fatima aisha leila yasmin mei ling yuki hana priya"
            + " sunita indira benazir golda margaret jacinda lis jen jill hope kellie kristen kristin erin meghan"
            + " molly katie kate caroline claire jane joanna susanna lena nina vera greta");

    private static final Set<String> MALE_NAMES = words("james robert john michael david william richard joseph"
            + " thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin"
            + " brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry"
            + " justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler"
            + " aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian"
            + " roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce"
            + " albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby"
            + " philip johnny barack mitt newt marco ted rand jeb bernie chuck mitch harry reince sean mike"
            + " bill hugh tim tom jim bob ben dick al ron rick rudy chris jeff greg steve ken dan nick matt pat"
            + " vladimir dmitry dmitri sergei sergey yuri yury andrei andriy volodymyr petro viktor vladislav igor"
            + " mikhail alexei alexey boris nikolai ivan oleg pavel maxim emmanuel olaf recep xi benjamin bibi mahmoud"
            + " ali mohammed muhammad ahmed hassan hussein abdul omar kim shinzo narendra rahul jair luis carlos"
            + " miguel pedro juan francisco antonio manuel jorge pablo diego javier ricardo fernando recep keir rishi"
            + " boris justin emmanuel friedrich helmut gerhard angelo giuseppe silvio matteo");

    private Gender() {}

    /**
     * 'f', 'm' or null for a person named {@code name}, given the words written around a mention
     * ({@code context}: titles and roles).
     */
    static @Nullable Character of(String context, String name) {
        for (String w : context.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (FEMALE_WORDS.contains(w)) {
                return 'f';
            }
            if (MALE_WORDS.contains(w)) {
                return 'm';
            }
        }
        String[] parts = name.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length < 2) {
            return null;
        }
        String first = parts[0].replace(".", "");
        if (FEMALE_NAMES.contains(first) && !MALE_NAMES.contains(first)) {
            return 'f';
        }
        if (MALE_NAMES.contains(first) && !FEMALE_NAMES.contains(first)) {
            return 'm';
        }
        return null;
    }

    private static Set<String> words(String list) {
        return Set.copyOf(Arrays.asList(list.trim().split("\\s+")));
    }
}
