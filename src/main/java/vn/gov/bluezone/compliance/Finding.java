package vn.gov.bluezone.compliance;

import java.util.List;
import java.util.Set;

/** The rules' verdict on one unit: light, flags with the reasons (message keys and arguments), suggestion. */
public record Finding(TrafficLight light, Set<Flag> flags, List<Reason> reasons, Suggestion suggestion) {

    /** A reason in words: a message key and its arguments. */
    public record Reason(Flag flag, String messageKey, List<Object> arguments) {
    }
}
