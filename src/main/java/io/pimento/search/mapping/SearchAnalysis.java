package io.pimento.search.mapping;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import java.util.Map;

/**
 * The analyzers and normalizers of the product index. The mapping refers to them only through
 * these constants; {@link #forLocale(String)} picks the language analyzer of a locale.
 */
@SearchExtension
public class SearchAnalysis implements ElasticsearchAnalysisConfigurer {

    public static final String ENGLISH = "pimento_english";
    public static final String FRENCH = "pimento_french";
    public static final String GERMAN = "pimento_german";
    /** For locales without a language analyzer of their own: words, lowercased, accents folded. */
    public static final String STANDARD = "pimento_standard";
    /** Index side of autocomplete: every word's prefixes (edge n-grams), so "bo" matches "boots". */
    public static final String AUTOCOMPLETE_INDEXING = "pimento_autocomplete_indexing";
    /** Query side of autocomplete: the typed words as they are, not split into prefixes again. */
    public static final String AUTOCOMPLETE_SEARCH = "pimento_autocomplete_search";
    /** Keyword normalizer for sorting and case-insensitive exact matches. */
    public static final String SORT = "pimento_sort";

    /** Language code (the part of a locale before '_') to its analyzer; other locales use {@link #STANDARD}. */
    public static final Map<String, String> LANGUAGE_ANALYZERS = Map.of("en", ENGLISH, "fr", FRENCH, "de", GERMAN);

    private static final String EDGE_NGRAM = "pimento_edge_ngram";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("pimento_english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("pimento_english_stemmer").type("stemmer").param("language", "english");
        context.tokenFilter("pimento_english_possessive").type("stemmer").param("language", "possessive_english");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("pimento_english_possessive", "lowercase", "asciifolding", "pimento_english_stop",
                        "pimento_english_stemmer");

        context.tokenFilter("pimento_french_elision").type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
        context.tokenFilter("pimento_french_stop").type("stop").param("stopwords", "_french_");
        context.tokenFilter("pimento_french_stemmer").type("stemmer").param("language", "light_french");
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                .tokenFilters("pimento_french_elision", "lowercase", "pimento_french_stop", "pimento_french_stemmer",
                        "asciifolding");

        context.tokenFilter("pimento_german_stop").type("stop").param("stopwords", "_german_");
        context.tokenFilter("pimento_german_stemmer").type("stemmer").param("language", "light_german");
        context.analyzer(GERMAN).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "pimento_german_stop", "german_normalization", "pimento_german_stemmer");

        context.analyzer(STANDARD).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");

        context.tokenFilter(EDGE_NGRAM).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
        context.analyzer(AUTOCOMPLETE_INDEXING).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", EDGE_NGRAM);
        context.analyzer(AUTOCOMPLETE_SEARCH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");

        context.normalizer(SORT).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
