using NUnit.Framework;
using PlanAct.WebArena.Evaluation;

namespace PlanAct.WebArena.Tests.Evaluation;

public sealed class StringMatchRulesTests
{
    [TestCase("The rating is 65%.", new[] { "The", "rating", "is", "65", "%", "." })]
    [TestCase("6.5/10", new[] { "6.5/10" })]
    [TestCase("It costs $3,36 in total: fine", new[] { "It", "costs", "$", "3,36", "in", "total", ":", "fine" })]
    [TestCase("I don't know (maybe) e.g. this", new[] { "I", "do", "n't", "know", "(", "maybe", ")", "e.g.", "this" })]
    [TestCase("There are 2 reviews. Thanks!", new[] { "There", "are", "2", "reviews", ".", "Thanks", "!" })]
    [TestCase("Hawkeye Yoga Short-32-Blue", new[] { "Hawkeye", "Yoga", "Short-32-Blue" })]
    [TestCase("say \"hi\"", new[] { "say", "``", "hi", "''" })]
    public void Tokenizes_like_NLTK_word_tokenize(string text, string[] expected)
    {
        Assert.That(TreebankTokenizer.Tokenize(text), Is.EqualTo(expected));
    }

    // Worked example E1 (task 94): must_include ["65 |OR| 3"].
    [TestCase("The rating is 65%.", true)]
    [TestCase("3 stars", true)]
    [TestCase("6.5/10", false)]
    [TestCase("653 reviews", false)]
    public void E1_alternatives_match_whole_tokens(string prediction, bool expected)
    {
        Assert.That(StringMatchRules.IncludesAny("65 |OR| 3", prediction), Is.EqualTo(expected));
    }

    // Worked example E2 (task 2).
    [TestCase("There are 2 reviews.", true)]
    [TestCase("12 reviews", false)]
    public void E2_a_single_number_is_a_token_match(string prediction, bool expected)
    {
        Assert.That(StringMatchRules.IncludesAny("2", prediction), Is.EqualTo(expected));
    }

    [Test]
    public void Slash_tokens_contribute_their_pieces()
    {
        Assert.That(StringMatchRules.Includes("10", "score 6.5/10"), Is.True);
        Assert.That(StringMatchRules.Includes("n/a", "N/A"), Is.True);
    }

    [Test]
    public void E3_multi_token_items_are_case_insensitive_substrings()
    {
        const string answer = "Top: overnight duffle; Hawkeye Yoga Short-32-Blue and IMPULSE DUFFLE";
        Assert.That(StringMatchRules.IncludesAny("Impulse Duffle", answer), Is.True);
        Assert.That(StringMatchRules.IncludesAny("Hawkeye Yoga Short-32-Blue", answer), Is.True);
        Assert.That(StringMatchRules.IncludesAny("Overnight Duffle Bag", answer), Is.False);
    }

    // Worked example E4 (task 27): exact_match "N/A" under the Lite rules.
    [TestCase("N/A", true)]
    [TestCase("n/a", true)]
    [TestCase("\"N/A\"", true)]
    [TestCase("'N/A'", true)]
    [TestCase("N/A ", false)]
    [TestCase("N/A - there are no negative reviews", false)]
    public void E4_exact_match_cleans_quotes_and_case_but_does_not_trim(string prediction, bool expected)
    {
        Assert.That(StringMatchRules.ExactMatch("N/A", prediction), Is.EqualTo(expected));
    }

    [TestCase("< 700", "650", true)]
    [TestCase("< 700", "1,200", false)]
    [TestCase("== 3", "3", true)]
    [TestCase(">= 3", "three", false)]
    public void Required_values_compare_numbers(string condition, string prediction, bool expected)
    {
        Assert.That(StringMatchRules.SatisfiesValue(condition, prediction), Is.EqualTo(expected));
    }
}
