using PolicySite.Search;

namespace PolicySite.Tests.Search;

/// <summary>The indexer's text normalisation, against the vectors the JS client is tested against too.</summary>
public sealed class SearchTextTests
{
    [Fact]
    public void There_are_enough_shared_vectors_to_mean_something()
    {
        Assert.True(SearchVectors.Vectors().Count >= 60);
    }

    [Fact]
    public void The_stop_words_are_exactly_the_shared_list()
    {
        Assert.Equal(SearchVectors.StopWords, SearchText.StopWords);
    }

    [Theory]
    [MemberData(nameof(SearchVectors.Vectors), MemberType = typeof(SearchVectors))]
    public void Each_vector_gives_its_terms(string input, string[] terms)
    {
        Assert.Equal(terms, SearchText.Terms(input));
    }

    [Fact]
    public void Every_word_of_the_policy_document_stems_as_the_reference_implementation_does()
    {
        var stems = SearchVectors.Stems();
        var wrong = stems.Where(s => EnglishStemmer.Stem(s.Key) != s.Value)
            .Select(s => $"{s.Key}: {EnglishStemmer.Stem(s.Key)}, expected {s.Value}")
            .ToList();

        Assert.True(stems.Count > 1000);
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Café NAÏVE", "cafe naive")]
    [InlineData("Straße", "strasse")]
    [InlineData("ﬁnance", "finance")]
    [InlineData("world’s ‘quoted’", "world's 'quoted'")]
    public void Folding_removes_case_diacritics_ligatures_and_curly_apostrophes(string input, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(input));
    }

    [Fact]
    public void Words_keep_an_apostrophe_inside_them_and_lose_one_around_them()
    {
        Assert.Equal(["world's", "quoted", "netherlands"], SearchText.Words("world's ‘quoted’ Netherlands'"));
    }
}
