package news.crosscheck.spelling;

import com.ibm.icu.util.ULocale;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A gazetteer of places whose names may be near each other but that are never one another: every country's English
 * name (from ICU) and {@code distinct-places.txt} (continents, US states, near pairs such as Austria/Australia).
 */
public final class DistinctPlaces {

    private static final Set<String> PLACES = places();

    private DistinctPlaces() {
    }

    /** Two different entries of the gazetteer of countries, continents and states: never one place. */
    static boolean areDistinct(List<String> a, List<String> b) {
        String ja = String.join(" ", a);
        String jb = String.join(" ", b);
        return !ja.equals(jb) && PLACES.contains(ja) && PLACES.contains(jb);
    }

    /** Whether a folded name is a country, a continent or a US state: a place that holds many towns. */
    public static boolean isWide(String folded) {
        return PLACES.contains(folded);
    }

    private static Set<String> places() {
        Set<String> places = new HashSet<>(WordList.words("/news/crosscheck/spelling/distinct-places.txt"));
        for (String code : ULocale.getISOCountries()) {
            places.add(NameFold.fold(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH)));
        }
        return Set.copyOf(places);
    }
}
