using System.Collections.Frozen;

namespace Hyyve.Domain.Sentiment;

/// <summary>
/// Word valences from -3 (very negative) to +3 (very positive), written for customer-support and product-review language,
/// with the words that flip or scale the valence of the words after them.
/// </summary>
internal static class SentimentLexicon
{
    public static readonly FrozenDictionary<string, double> Valence = Build();

    public static readonly FrozenSet<string> Negations = new[]
    {
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot", "cant", "dont", "doesnt", "didnt", "isnt",
        "wasnt", "arent", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt", "aint", "without", "hardly",
        "barely", "lack", "lacks", "lacking",
    }.ToFrozenSet();

    public static readonly FrozenDictionary<string, double> Intensifiers = new Dictionary<string, double>
    {
        ["very"] = 1.3, ["really"] = 1.3, ["so"] = 1.2, ["extremely"] = 1.5, ["totally"] = 1.3, ["absolutely"] = 1.4,
        ["completely"] = 1.3, ["incredibly"] = 1.5, ["highly"] = 1.3, ["super"] = 1.3, ["too"] = 1.2, ["most"] = 1.2, ["quite"] = 1.1,
        ["truly"] = 1.3, ["especially"] = 1.2, ["utterly"] = 1.5, ["somewhat"] = 0.7, ["slightly"] = 0.6, ["little"] = 0.8,
        ["kinda"] = 0.7, ["fairly"] = 0.8, ["pretty"] = 1.1,
    }.ToFrozenDictionary();

    private static FrozenDictionary<string, double> Build()
    {
        var words = new Dictionary<string, double>();
        void Add(double valence, string list)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = valence;
            }
        }

        Add(3, "excellent outstanding amazing awesome fantastic superb perfect wonderful brilliant love loved loves best flawless "
            + "incredible exceptional phenomenal delighted thrilled terrific magnificent masterpiece");
        Add(2, "great good nice happy glad pleased impressive impressed recommend recommended enjoy enjoyed enjoying beautiful "
            + "favorite favourite solid reliable sturdy helpful thanks thank appreciate appreciated satisfied superior excited "
            + "fabulous lovely fun worth pleasant comfortable smooth crisp sharp clear bright elegant joy gorgeous");
        Add(1, "fine ok okay decent works working worked well easy easily fast quick quickly better like liked likes useful handy "
            + "clean compact convenient affordable cheap bargain value fair simple stable accurate responsive friendly kind "
            + "resolved fixed solved sure yes cool fair neat improve improved improvement durable powerful quiet rich classic fresh");
        Add(-1, "slow slowly issue issues problem problems confusing confused difficult hard expensive pricey small tiny noisy "
            + "loud unclear wait waiting waited delay delayed odd strange weird mediocre average meh lacking limited flimsy "
            + "cheaply wrong missing miss bug bugs glitch error errors fail fails complicated tricky cumbersome annoying bland "
            + "dull dim heavy bulky boring");
        Add(-2, "bad poor poorly disappointed disappointing disappointment broken broke break breaks useless unhappy frustrated "
            + "frustrating annoyed angry upset hate hated dislike failed failure defective faulty junk crap waste wasted refund "
            + "return returned returning unreliable unusable ugly worse sucks sucked sorry lost stuck crash crashes crashed "
            + "damaged cheap-looking uncomfortable painful overpriced complaint complain complained hassle rude ridiculous");
        Add(-3, "terrible horrible awful worst disgusting furious pathetic garbage unacceptable scam fraud hopeless nightmare "
            + "atrocious abysmal dreadful outrageous appalling lousy trash");
        return words.ToFrozenDictionary();
    }
}
