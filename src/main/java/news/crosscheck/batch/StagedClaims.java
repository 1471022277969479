package news.crosscheck.batch;

import news.crosscheck.claim.ArticleClaims;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;

/**
 * An article's claims as the staging table keeps them: JSON of the claim records, with each sentence written once
 * for the article ({@code "sentences": {"3": "..."}}) and every claim and mention naming its sentence by index. A
 * sentence with several figures and names was otherwise written once per claim, which made the staged claims larger
 * than the articles. Rows written before this form (a sentence in every claim) are read as they are.
 */
final class StagedClaims {

    private static final String SENTENCES = "sentences";
    private static final String SENTENCE = "sentence";

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    String write(ArticleClaims claims) {
        ObjectNode tree = json.valueToTree(claims);
        Map<Integer, String> sentences = new TreeMap<>();
        if (!collect(tree, sentences)) {
            return json.writeValueAsString(claims);
        }
        ObjectNode table = tree.putObject(SENTENCES);
        sentences.forEach((index, text) -> table.put(Integer.toString(index), text));
        return json.writeValueAsString(tree);
    }

    ArticleClaims read(String text) {
        JsonNode tree = json.readTree(text);
        JsonNode table = tree.path(SENTENCES);
        if (table.isObject()) {
            restore(tree, table);
            ((ObjectNode) tree).remove(SENTENCES);
        }
        return json.treeToValue(tree, ArticleClaims.class);
    }

    /**
     * Replaces every sentence object under {@code node} by its index, gathering the texts; false (and the tree left
     * half done, to be dropped) if two sentences of one index differ, which the writer then stages as they are.
     */
    private static boolean collect(JsonNode node, Map<Integer, String> sentences) {
        if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                if (!collect(element, sentences)) {
                    return false;
                }
            }
        } else if (node instanceof ObjectNode object) {
            JsonNode sentence = object.get(SENTENCE);
            if (sentence != null && sentence.isObject()) {
                int index = sentence.get("index").asInt();
                String text = sentence.get("text").asString();
                if (!text.equals(sentences.computeIfAbsent(index, i -> text))) {
                    return false;
                }
                object.put(SENTENCE, index);
            }
            for (JsonNode child : object.values()) {
                if (!collect(child, sentences)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void restore(JsonNode node, JsonNode table) {
        if (node instanceof ArrayNode array) {
            array.forEach(element -> restore(element, table));
        } else if (node instanceof ObjectNode object) {
            JsonNode sentence = object.get(SENTENCE);
            if (sentence != null && sentence.isInt()) {
                ObjectNode full = object.putObject(SENTENCE);
                full.put("index", sentence.asInt());
                full.put("text", table.get(Integer.toString(sentence.asInt())).asString());
            }
            for (JsonNode child : object.values()) {
                restore(child, table);
            }
        }
    }
}
