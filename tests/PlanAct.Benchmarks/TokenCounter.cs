using Microsoft.ML.Tokenizers;

namespace PlanAct.Benchmarks;

/// <summary>Counts tokens with the o200k_base encoding (GPT-4o family), the same for every representation compared.</summary>
internal sealed class TokenCounter
{
    private readonly TiktokenTokenizer _tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

    public int Count(string text) => _tokenizer.CountTokens(text);
}
