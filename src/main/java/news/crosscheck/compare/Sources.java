package news.crosscheck.compare;

import news.crosscheck.claim.mention.Nationality;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two figures come from different authorities, the case a desk settles by attributing both. Two sources
 * differ when they belong to different kinds of body (an international organisation against a government, an
 * official against the media) or speak for different countries ({@code Russian Defence Ministry}, {@code Ukrainian
 * General Staff}). Anything less is not enough: a regional governor and the regional administration are one side,
 * and a source that is missing or vague ({@code officials}) says nothing about who counted.
 */
final class Sources {

    private enum Kind { INTERNATIONAL, OFFICIAL, MEDIA, WITNESS, UNKNOWN }

    private static final Set<String> INTERNATIONAL = Set.of("un", "united", "nations", "unicef", "who", "osce",
            "nato", "icrc", "cross", "crescent", "amnesty", "watch", "mission", "unhcr", "ocha", "msf", "ngo");
    private static final Set<String> OFFICIAL = Set.of("governor", "administration", "mayor", "ministry", "minister",
            "government", "authorities", "officials", "official", "police", "military", "army", "staff", "council",
            "head", "leader", "president", "spokesman", "spokeswoman", "spokesperson", "service", "services",
            "department", "office", "prosecutor", "prosecutors", "commander", "command", "forces", "sheriff",
            "coroner", "kremlin", "parliament", "agency");
    private static final Set<String> MEDIA = Set.of("media", "newspaper", "television", "tv", "broadcaster",
            "channel", "outlet", "reporters", "news");
    private static final Set<String> WITNESS = Set.of("witnesses", "witness", "residents", "survivors", "relatives",
            "neighbours", "neighbors", "locals");

    private Sources() {
    }

    static boolean differ(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Optional<String> sideA = side(left);
        Optional<String> sideB = side(right);
        if (sideA.isPresent() && sideB.isPresent() && !sideA.equals(sideB)) {
            return true;
        }
        Kind kindA = kind(left);
        Kind kindB = kind(right);
        return kindA != Kind.UNKNOWN && kindB != Kind.UNKNOWN && kindA != kindB;
    }

    private static Kind kind(Set<String> words) {
        if (words.stream().anyMatch(INTERNATIONAL::contains)) {
            return Kind.INTERNATIONAL;
        }
        if (words.stream().anyMatch(MEDIA::contains)) {
            return Kind.MEDIA;
        }
        if (words.stream().anyMatch(WITNESS::contains)) {
            return Kind.WITNESS;
        }
        return words.stream().anyMatch(OFFICIAL::contains) ? Kind.OFFICIAL : Kind.UNKNOWN;
    }

    private static Optional<String> side(Set<String> words) {
        Set<String> sides = words.stream().map(Nationality::of).flatMap(Optional::stream).collect(Collectors.toSet());
        return sides.size() == 1 ? sides.stream().findFirst() : Optional.empty();
    }

    private static Set<String> words(String source) {
        return Arrays.stream(source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }
}
