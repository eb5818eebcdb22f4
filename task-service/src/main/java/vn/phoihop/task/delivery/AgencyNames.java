package vn.phoihop.task.delivery;

import vn.phoihop.events.Topics;
import vn.phoihop.platform.problem.ProblemException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of an agency's delivery topic, Kafka user and consumer groups, derived from its code
 * (e.g. {@code DKN.BAODAKNONG}) the same way here and in deploy/k8s/agency-delivery.yaml.
 */
public final class AgencyNames {
    /** Codes of the agency directory: upper-case letters and digits in dot-separated parts. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9]+)*");

    private AgencyNames() {
    }

    /** Rejects anything that is not an agency code, before any name is derived from it. */
    public static String checkedCode(String code) {
        if (code == null || code.length() > 64 || !CODE.matcher(code).matches()) {
            throw ProblemException.invalid("agencyCode",
                    "must be an agency code such as DKN.BAODAKNONG (A-Z, 0-9, parts separated by dots, at most 64 characters)");
        }
        return code;
    }

    /** {@code phoihop.inbox.DKN.BAODAKNONG} */
    public static String topic(String code) {
        return Topics.agencyInbox(code);
    }

    /**
     * {@code agency-dkn-baodaknong}: a valid Kubernetes name too, so the same user can be declared as a
     * Strimzi KafkaUser. Injective because codes are upper case and never contain '-'.
     */
    public static String user(String code) {
        return "agency-" + code.toLowerCase(Locale.ROOT).replace('.', '-');
    }

    public static String principal(String code) {
        return "User:" + user(code);
    }

    /**
     * {@code agency-dkn-baodaknong.}: the agency's consumer groups must start with it. The user name and
     * a dot, not {@code phoihop.inbox.<code>.}, because codes are hierarchical: the prefix of
     * {@code DKN.CUJUT} would also match the groups of the commune office {@code DKN.CUJUT.PVHTT}.
     */
    public static String groupPrefix(String code) {
        return user(code) + ".";
    }
}
