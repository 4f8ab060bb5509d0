package org.puente.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.MatchBehavior;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.puente.platform.BusinessException;

/**
 * The one password policy (Passay), for every password a person chooses: citizen sign-up, a staff
 * account an administrator opens, a change under "Mi cuenta", an invitation or reset link, and the
 * first administrator's. A password has {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, is
 * not one of the most common passwords, and does not contain the account's user name or e-mail.
 * No rule on character classes: length and the common-password list are what NIST SP 800-63B asks.
 *
 * <p>The common passwords are {@code common-passwords.txt} beside this class: the 49,233 entries of
 * zxcvbn-ts's list (MIT; the header of the file says how to reproduce it), plus
 * {@code common-passwords-es.txt}, a few long Spanish ones of our own. Compared ignoring case.
 *
 * <p>Demo accounts keep the password {@code demo}: {@code DemoData} writes their hashes directly.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** What is wrong with a password, with the message key a form shows beside the field. */
    public enum Problem {
        TOO_SHORT("password.policy.tooShort"),
        TOO_LONG("password.policy.tooLong"),
        COMMON("password.policy.common"),
        CONTAINS_USERNAME("password.policy.containsUsername"),
        CONTAINS_EMAIL("password.policy.containsEmail");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final PasswordValidator RULES = new PasswordValidator(
            new LengthRule(MIN_LENGTH, MAX_LENGTH),
            new DictionaryRule(new WordListDictionary(new ArrayWordList(commonPasswords(), false, new ArraysSort()))));

    /** Passay's rule on the user name, also used for the e-mail (ignoring case, anywhere in the password). */
    private static final PasswordValidator OWN_NAME =
            new PasswordValidator(new UsernameRule(false, true, MatchBehavior.Contains));

    private PasswordPolicy() {}

    /**
     * The problems of a password for the account with this user name and e-mail (either may be null,
     * e.g. before a citizen typed his e-mail), each once and in the order a form shows them.
     */
    public static List<Problem> problems(String password, String username, String email) {
        Set<Problem> problems = new LinkedHashSet<>();
        String candidate = password == null ? "" : password;
        RuleResult result = RULES.validate(new PasswordData(candidate));
        for (RuleResultDetail detail : result.getDetails()) {
            switch (detail.getErrorCode()) {
                case LengthRule.ERROR_CODE_MIN -> problems.add(Problem.TOO_SHORT);
                case LengthRule.ERROR_CODE_MAX -> problems.add(Problem.TOO_LONG);
                case DictionaryRule.ERROR_CODE -> problems.add(Problem.COMMON);
                default -> throw new IllegalStateException("No message for Passay's " + detail.getErrorCode());
            }
        }
        String name = blankToNull(username);
        if (name != null
                && !OWN_NAME.validate(new PasswordData(name, candidate)).isValid()) {
            problems.add(Problem.CONTAINS_USERNAME);
        }
        String mail = blankToNull(email);
        if (mail != null
                && !mail.equalsIgnoreCase(name)
                && !OWN_NAME.validate(new PasswordData(mail, candidate)).isValid()) {
            problems.add(Problem.CONTAINS_EMAIL);
        }
        return List.copyOf(problems);
    }

    /** The problems as refusals on a form's field, with the numbers their messages show. */
    public static List<BusinessException> refusals(String field, String password, String username, String email) {
        List<BusinessException> refusals = new ArrayList<>();
        for (Problem problem : problems(password, username, email)) {
            refusals.add(
                    switch (problem) {
                        case TOO_SHORT -> new BusinessException(field, problem.messageKey(), MIN_LENGTH);
                        case TOO_LONG -> new BusinessException(field, problem.messageKey(), MAX_LENGTH);
                        default -> new BusinessException(field, problem.messageKey());
                    });
        }
        return refusals;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String[] commonPasswords() {
        List<String> words = new ArrayList<>(50_000);
        read("common-passwords.txt", words);
        read("common-passwords-es.txt", words);
        return words.toArray(String[]::new);
    }

    private static void read(String resource, List<String> words) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#!") && !line.isEmpty()) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
