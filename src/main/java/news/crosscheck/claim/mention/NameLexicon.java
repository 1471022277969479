package news.crosscheck.claim.mention;

import com.ibm.icu.util.ULocale;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.WordList;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Closed word classes that decide whether a capitalised word can be part of a person's or a place's name. All
 * lookups are on lower case. Country names come from ICU's English display names, so the list covers the world
 * without a hand-kept gazetteer.
 */
public final class NameLexicon {

    /** Titles written before a name; a run ending in one of these and followed by a name gives its role. */
    public static final Set<String> TITLES = Set.of("president", "governor", "mayor", "officer", "sgt", "sgt.",
            "sergeant",
            "gen", "gen.", "general", "lt", "lt.", "lieutenant", "col", "col.", "colonel", "capt", "capt.", "captain",
            "maj", "maj.", "major", "cpl", "cpl.", "corporal", "pvt", "pvt.", "private", "adm", "adm.", "admiral",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sen", "sen.",
            "senator", "rep", "rep.", "representative", "gov", "gov.", "judge", "justice", "sheriff", "detective",
            "det", "det.", "deputy", "chief", "commander", "minister", "secretary", "ambassador", "chancellor",
            "premier", "pope", "king", "queen", "prince", "princess", "rabbi", "imam", "father", "bishop",
            "councilman", "councilwoman", "councillor", "trooper", "inspector", "superintendent", "commissioner",
            "spokesman", "spokeswoman", "spokesperson", "coach", "leader", "head", "director", "speaker",
            "rev", "rev.", "insp", "insp.", "supt", "supt.", "hon", "hon.", "brig", "brig.", "cmdr", "cmdr.", "cdr",
            "cdr.", "engr", "engr.", "arc.", "barr.", "fr.",
            // police ranks of the Commonwealth, Nigeria and India: "police spokesman DSP Jane Doe", "SSP Jane Doe"
            "dsp", "asp", "csp", "sp", "ssp", "acp", "dcp", "dig", "aig", "igp", "dci",
            // honorifics before West African and Muslim names: "Alhaji Jane Doe", "Hajiya Jane Doe"
            "alhaji", "hajiya", "mallam", "malam", "sheikh", "pastor",
            // offices of counties, courts and cities written before the name: "Tolliver County Coroner Jane Doe",
            // "Medical Examiner Jane Doe", "County Executive Jane Doe", "City Manager Jane Doe"
            "coroner", "examiner", "prosecutor", "attorney", "solicitor", "magistrate", "constable", "marshal",
            "warden", "administrator", "executive", "manager", "supervisor", "treasurer", "assessor", "clerk",
            "trustee", "alderman", "alderwoman", "councilor", "legislator", "assemblyman", "assemblywoman",
            "congressman", "congresswoman", "delegate", "selectman", "selectwoman", "ombudsman", "chaplain",
            "deacon", "firefighter", "fireman", "patrolman", "patrolwoman", "policeman", "policewoman", "paramedic",
            "ranger", "agent", "investigator", "undersheriff", "comptroller",
            // members of parliaments, in capitals: "Local MP Jane Doe", "the state's MLA Jane Doe"
            "mp", "mep", "mla", "msp", "miss");

    /** Whether a lower-case word is a title, or a compound ending in one: {@code judge-executive}, {@code ex-mayor}. */
    static boolean isTitle(String lower) {
        return TITLES.contains(lower)
                || lower.indexOf('-') > 0 && TITLES.contains(lower.substring(lower.lastIndexOf('-') + 1));
    }

    /** Abbreviations written with a full stop before a name ({@code abbreviations-before-names.txt}). */
    public static final Set<String> ABBREVIATIONS_BEFORE_NAMES =
            WordList.words("/news/crosscheck/claim/mention/abbreviations-before-names.txt");

    /**
     * Titles of {@link #TITLES} that are never a family name, unlike {@code Sergeant}, {@code Major}, {@code Judge} or
     * {@code King}: a run that holds one after its opening title is an office, not a name ("the Deputy Prime
     * Minister").
     */
    static final Set<String> OFFICES = Set.of("president", "governor", "mayor", "lieutenant", "colonel", "admiral",
            "corporal", "professor", "senator", "representative", "detective", "deputy", "commander", "minister",
            "secretary", "ambassador", "chancellor", "premier", "pope", "princess", "rabbi", "imam", "councilman",
            "councilwoman", "councillor", "trooper", "inspector", "superintendent", "commissioner", "spokesman",
            "spokeswoman", "spokesperson", "director", "manager", "executive", "officer", "administrator", "counsel",
            "coordinator", "controller", "registrar", "secretary-general", "attorney", "patrolman", "patrolwoman",
            "policeman", "policewoman");

    /** Nouns naming what a person is; used before a name and in appositions ({@code the head of ...}). */
    static final Set<String> ROLE_NOUNS = WordList.words("/news/crosscheck/claim/mention/role-nouns.txt");

    /**
     * A role noun ({@link #ROLE_NOUNS}), or one in the plural: {@code engineer}, {@code tourists}, {@code twins} before
     * a list of names ({@code twins Jane Doe and Ann Doe}).
     */
    public static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word)
                || word.endsWith("s") && ROLE_NOUNS.contains(word.substring(0, word.length() - 1));
    }

    /** Words that make a capitalised run an organisation, a unit or a medium, never a person or a place. */
    public static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "police", "department", "republic",
            "telegram", "fleet", "army", "forces", "force", "navy", "guard", "command", "council", "committee",
            "party", "agency", "service", "services", "office", "court", "parliament", "government", "university",
            "college", "school", "hospital", "company", "corp", "inc", "ltd", "group", "union", "bank", "church",
            "institute", "association", "organization", "organisation", "commission", "senate", "house", "congress",
            "kremlin", "pentagon", "news", "times", "post", "press", "journal", "tribune", "herald", "network",
            "facebook", "twitter", "instagram", "youtube", "tiktok", "whatsapp", "reuters", "people's",
            "brigade", "battalion", "regiment", "division", "corps", "staff", "authority", "administration",
            "federation", "alliance", "front", "movement", "foundation", "fund", "center", "centre", "club",
            "directorate", "defence", "defense", "protection", "rescue", "emergency", "emergencies",
            "airlines", "airport", "station", "plant", "embassy", "cabinet", "assembly", "duma", "rada", "board",
            // the industry a company is named for: Brigalow Coal, Harrow Mining, Ridgeway Energy
            "coal", "mining", "energy", "resources", "minerals", "petroleum", "holdings", "industries", "chemicals",
            "logistics", "airways", "motors",
            // NGOs and clubs are subjects of verbs of saying as often as people are: Amnesty International said.
            "international", "cross", "crescent", "rovers", "rangers", "wanderers", "athletic",
            // the same in the French, Spanish and Portuguese names outlets quote: Sûreté du Québec, Policía Nacional
            "sûreté", "gendarmerie", "policía", "polícia", "ministère", "ministerio", "ministério", "gouvernement",
            "gobierno", "governo", "armée", "ejército", "exército", "fuerzas", "forças", "servicio", "serviço",
            "hôpital", "université", "universidad", "universidade", "église", "iglesia", "igreja", "comité",
            "conseil", "consejo", "conselho", "assemblée", "asamblea", "parlement", "sénat", "mairie",
            "municipalité", "municipalidad", "prefeitura", "fiscalía", "procuraduría");

    /** Capitalised words that never start or belong to a name: months, days, function words, holidays. */
    static final Set<String> STOP_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "tonight", "yesterday", "tomorrow", "christmas", "easter", "ramadan",
            "the", "a", "an", "in", "on", "at", "of", "for", "from", "to", "by", "with", "and", "or", "but", "if",
            "as", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i",
            "you", "his", "her", "their", "our", "my", "your", "who", "what", "when", "where", "why", "how",
            "earlier", "later", "also", "after", "before", "during", "while", "since", "until", "meanwhile",
            "however", "still", "yet", "then", "now", "last", "next", "some", "many", "most", "several", "both",
            "all", "no", "not", "one", "two", "three", "officials", "authorities", "police", "witnesses",
            "residents", "investigators", "prosecutors", "rescuers", "doctors", "experts", "analysts", "troops",
            "soldiers", "forces", "others", "relatives", "neighbors", "sources", "critics", "according", "about",
            "over", "under", "into", "near", "outside", "towards", "toward", "across", "another", "each", "every",
            "such", "than", "so", "because", "although", "though", "despite", "amid", "among", "between",
            "against", "without", "within", "via", "per", "up", "out", "off", "down", "is", "are", "was", "were",
            "has", "have", "had", "will", "would", "can", "could", "should", "said", "says", "breaking", "update",
            "live", "photos", "video", "watch", "opinion", "analysis", "exclusive", "more", "west", "east",
            "north", "south", "western", "eastern", "northern", "southern", "central", "new:", "once", "do", "does");

    /**
     * Words before "of" and a place that place something by it: "west of Bakhmut", "downstream of Benjamin Constant",
     * "in front of Tarrow". The name after them is a place, and a harm placed so is placed by a landmark.
     */
    /**
     * Two capitalised names joined by a hyphen before a noun of a way between places, a route and its ends (groups 1
     * and 2): "the Bhubaneshwar-Vishakhapatnam train", "the Kyiv-Odesa highway", "the India-Pakistan border".
     */
    public static final Pattern ROUTE = Pattern.compile("\\b(\\p{Lu}[\\p{L}']+)[-\u2013](\\p{Lu}[\\p{L}']+) "
            + "(?i:train|express|highway|expressway|motorway|freeway|road|route|railway|rail line|rail|line|flight"
            + "|corridor|ferry|border)\\b");

    public static final Set<String> DISTANCE_OF = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "downstream", "upstream", "front");

    /** Lower-case words after which a capitalised run is a place: "in Kelvar", "a boat sank off Zuwara". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "towards", "toward", "across",
            "into", "off");

    /**
     * Local units that English copy keeps in the local word, before a name ("the vereda El Naranjo") or before
     * {@code of} and a name ("the corregimiento of El Naranjal").
     */
    static final Set<String> LOCAL_UNITS = Set.of("vereda", "corregimiento", "barrio", "aldea", "colonia", "comuna",
            "favela", "barangay", "brgy", "kebele", "woreda", "kampung", "upazila", "tehsil", "mahalla");

    /** Nouns that say the following {@code of X} (or a preceding {@code X}) is a place ({@link #LOCAL_UNITS} too). */
    static final Set<String> PLACE_NOUNS = Stream.concat(LOCAL_UNITS.stream(), Stream.of("city", "town", "village",
            "region", "province", "oblast", "district", "county", "state", "country", "capital", "outskirts", "suburb", "suburbs", "coast",
            "island", "port", "settlement", "hamlet", "neighborhood", "neighbourhood", "municipality", "raion",
            "territory", "borough", "township", "peninsula", "airport", "commune", "area", "zone", "parish",
            "subdistrict", "sub-district",
            // plurals before a list: "the provinces of Barahona and San Cristóbal", "neighbourhoods of Gonaïves"
            "cities", "towns", "villages", "regions", "provinces", "districts", "counties", "islands",
            "settlements", "neighborhoods", "neighbourhoods", "municipalities", "communes", "territories"))
            .collect(Collectors.toUnmodifiableSet());
    /** {@link #PLACE_NOUNS} as {@link NameFold#words} gives them (abbreviations one way: {@code port} as {@code pt}). */
    private static final Set<String> PLACE_NOUN_WORDS = PLACE_NOUNS.stream().map(NameFold::canonical)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Whether a word of a place's name, as {@link NameFold#words} gives it, is a noun of places in general ({@code
     * City} of {@code Carcar City}, {@code Barangay} of {@code Barangay Lindogon}), which many places' names share.
     */
    public static boolean isPlaceNoun(String word) {
        return PLACE_NOUN_WORDS.contains(word);
    }

    /** Nouns that may follow a place name: {@code the Luhansk region}, {@code Kherson oblast}. */
    static final Set<String> TRAILING_PLACE_NOUNS = Set.of("region", "oblast", "province", "district", "county",
            "raion", "governorate", "prefecture", "municipality", "subdistrict", "sub-district");

    /** Verbs of saying that mark a name on either side: {@code Jane Doe said}, {@code said Jane Doe}. */
    static final Set<String> SAYING_VERBS = Set.of("said", "says", "told", "added", "stated", "wrote", "announced",
            "explained", "noted", "tweeted", "posted", "confirmed", "warned", "insisted", "recalled", "asked",
            "replied", "testified");

    /**
     * Reporting verbs that mark only the name before them, their subject: after {@code accused} or {@code blamed}
     * the name is whom the speaker accuses, often a country or an army.
     */
    static final Set<String> REPORTING_VERBS = Set.of("accused", "claimed", "urged", "denied", "blamed",
            "described", "argued", "admitted", "acknowledged", "alleged", "vowed", "pledged", "stressed",
            "condemned", "estimated", "predicted", "promised", "demanded", "complained", "conceded");

    /**
     * Verbs that open a relative clause about a person: {@code Jane Doe, who heads the council,}. Plural forms are
     * left out because British English writes {@code Ardmore Rovers, who were...} for a team.
     */
    static final Set<String> RELATIVE_CLAUSE_VERBS = Set.of("is", "was", "has", "heads", "headed", "leads", "led",
            "runs", "ran", "chairs", "chaired", "directs", "directed", "oversees", "oversaw", "manages", "managed",
            "commands", "commanded", "governs", "represents", "serves", "served", "became", "lives", "lived",
            "works", "worked", "owns", "owned", "founded", "survived", "witnessed", "lost", "joined", "spent");

    /** Ordinary words never taken for another spelling of a name ({@code ordinary-words.txt}). */
    static final Set<String> ORDINARY_WORDS = WordList.words("/news/crosscheck/claim/mention/ordinary-words.txt");

    static final Set<String> COUNTRIES = countries();
    private static final Set<String> DEMONYMS = demonyms();

    /** Name particles that may sit inside a name: {@code Ursula von der Leyen}, {@code Abu Bakr al-Baghdadi}. */
    static final Set<String> PARTICLES = Set.of("de", "da", "van", "von", "der", "den", "bin", "ibn", "al", "la",
            "le", "du", "dos", "del");

    private NameLexicon() {
    }

    /** A verb that, right after a name, says the name is someone speaking or acting. */
    static boolean isReportingAfterName(String lower) {
        return SAYING_VERBS.contains(lower) || REPORTING_VERBS.contains(lower);
    }

    static boolean isCountry(String name) {
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is the adjective or demonym of a country: {@code Russian}, {@code Ukrainian}, {@code Dutch}. */
    static boolean isDemonym(String word) {
        return DEMONYMS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Derives demonyms from the country names by the regular English endings ({@code Russia} → {@code Russian},
     * {@code Ukraine} → {@code Ukrainian}, {@code China} → {@code Chinese}, {@code Germany} → {@code German},
     * {@code Kazakhstan} → {@code Kazakh}), plus the irregular ones.
     */
    private static Set<String> demonyms() {
        Set<String> demonyms = new HashSet<>(Set.of("british", "french", "spanish", "polish", "dutch", "english",
                "swedish", "danish", "finnish", "turkish", "irish", "scottish", "welsh", "swiss", "greek", "thai",
                "arab", "arabic", "persian", "afghan", "filipino", "slavic", "soviet", "western", "kurdish",
                "crimean", "european", "african", "asian", "latin", "jewish", "muslim"));
        for (String country : COUNTRIES) {
            String word = country.substring(country.lastIndexOf(' ') + 1);
            String stem = word.replaceAll("[aeiouy]$", "");
            for (String base : new LinkedHashSet<>(List.of(word, stem))) {
                for (String suffix : new String[]{"n", "an", "ian", "ese", "ic", "ean"}) {
                    demonyms.add(base + suffix);
                }
            }
            // "-i" after a consonant only (Iraqi, Yemeni, Nepali): not Gaza → "Gazi", Ghana → "Ghani", which are
            // surnames
            if (stem.equals(word)) {
                demonyms.add(word + "i");
            }
            if (word.endsWith("y")) {
                demonyms.add(stem);
            }
            String land = word.replaceAll("i?stan$", "");
            if (land.length() != word.length() && land.length() >= 4) {
                // Kazakhstan → Kazakh, Uzbekistan → Uzbek, Kyrgyzstan → Kyrgyz; not Pakistan → "Pak", a surname
                demonyms.add(land);
            }
        }
        demonyms.removeAll(COUNTRIES);
        return Set.copyOf(demonyms);
    }

    private static Set<String> countries() {
        Set<String> names = new HashSet<>();
        for (String code : ULocale.getISOCountries()) {
            names.add(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        names.addAll(Set.of("crimea", "britain", "england", "scotland", "wales", "gaza", "west bank", "donbas",
                "kosovo", "taiwan", "turkey", "czech republic", "burma", "palestine", "america", "europe", "africa", "asia"));
        return Set.copyOf(names);
    }
}
