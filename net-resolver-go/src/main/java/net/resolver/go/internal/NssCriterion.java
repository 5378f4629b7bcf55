package net.resolver.go.internal;

/**
 * One {@code [!]STATUS=ACTION} criterion in the brackets after an nsswitch.conf source, Go's
 * {@code nssCriterion} ({@code nss.go}).
 *
 * @param negate whether a {@code !} came first
 * @param status the status, lower case (e.g. {@code "success"}, {@code "notfound"})
 * @param action the action, lower case (e.g. {@code "return"}, {@code "continue"})
 */
public record NssCriterion(boolean negate, String status, String action) {

    /**
     * Go's {@code standardStatusAction}: whether this criterion changes nothing. The default
     * action is {@code return} for {@code success} and {@code continue} for {@code notfound},
     * {@code unavail} and {@code tryagain}; an unknown status or a {@code !} is never standard.
     * The last criterion of a source may also say {@code return} for any known status.
     */
    public boolean standardStatusAction(boolean last) {
        if (negate) {
            return false;
        }
        String def = switch (status) {
            case "success" -> "return";
            case "notfound", "unavail", "tryagain" -> "continue";
            default -> null;
        };
        if (def == null) {
            return false;
        }
        return (last && action.equals("return")) || action.equals(def);
    }
}
