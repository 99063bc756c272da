namespace Hyyve.Domain.Answering;

/// <summary>
/// Does the customer explicitly ask for a person? A request pairs a contact verb ("talk", "speak", "chat",
/// "contact") with a word for a human ("agent", "person", "someone", "operator"), or uses a phrase that needs no
/// verb ("live agent", "real person", "human please"). Words match with one typo, so "somneone" and "talkk" count.
/// "Customer service" alone is a question about contact details, not a request for a person here and now. Frustration
/// with the bot ("this bot is useless") is a request too: the customer has given up on it.
/// </summary>
public sealed class HumanRequestDetector
{
    private static readonly string[] Verbs =
        ["talk", "talking", "speak", "speaking", "chat", "chatting"];

    /// <summary>Verbs that also take things as objects ("transfer ownership to someone"), so the person must follow closely.</summary>
    private static readonly string[] ReachVerbs = ["contact", "contacting", "reach", "connect", "transfer", "call", "put"];

    /// <summary>Who a reach verb may be aimed at besides a person: "connect me with customer service", "transfer me to your team".</summary>
    private static readonly string[] Teams = ["service", "support", "team", "staff", "someone", "somebody"];

    private static readonly string[] Humans =
        ["agent", "person", "someone", "somebody", "human", "operator", "assistant", "representative", "rep", "humans", "agents"];

    private static readonly string[][] Phrases =
    [
        ["live", "agent"], ["human", "agent"], ["real", "person"], ["real", "human"], ["live", "person"], ["live", "chat"],
        ["human", "please"], ["agent", "please"], ["speak", "agent"], ["talk", "human"], ["not", "bot"], ["no", "bot"],
        ["real", "agent"], ["actual", "person"], ["actual", "human"], ["person", "please"], ["someone", "real"],
        ["bot", "useless"], ["useless", "bot"], ["stupid", "bot"], ["bot", "stupid"], ["hate", "bot"], ["not", "helping"],
        ["bot", "is", "useless"], ["bot", "sucks"], ["stop", "bot"],
        ["live", "support"], ["human", "support"], ["real", "support"], ["call", "me"], ["phone", "me"], ["ring", "me"],
        ["call", "back"], ["escalate", "this"], ["escalate", "it"], ["escalate", "me"], ["escalate", "to"],
        ["get", "me", "someone"], ["get", "me", "a", "human"], ["get", "me", "a", "person"], ["get", "me", "an", "agent"],
    ];

    public bool IsHumanRequest(string text)
    {
        var words = QueryWords.Split(text);
        if (words.Count == 0)
        {
            return false;
        }

        var hasHuman = words.Any(w => MatchesAny(w, Humans));
        var hasVerb = words.Any(w => MatchesAny(w, Verbs))
            || words.Select((w, i) => MatchesAny(w, Humans) && CallsBack(words.Skip(i + 1).Take(3).ToList())).Any(x => x);
        return (hasHuman && hasVerb) || ReachesSomeone(words) || Phrases.Any(p => ContainsPhrase(words, p)) || (words.Count <= 2 && hasHuman);
    }

    /// <summary>"… a human call me back", "someone contact us": a reach verb aimed at the customer right after a person.</summary>
    private static bool CallsBack(List<string> next) =>
        next.Select((w, i) => MatchesAny(w, ReachVerbs) && i + 1 < next.Count && next[i + 1] is "me" or "us").Any(x => x);

    /// <summary>A reach verb with a person or team within the next three words ("contact an agent", "connect me with support").</summary>
    private static bool ReachesSomeone(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!MatchesAny(words[i], ReachVerbs))
            {
                continue;
            }

            var next = words.Skip(i + 1).Take(4).ToList();
            var aimed = next.Count > 0 && next[0] is "me" or "us";
            if (next.Any(w => MatchesAny(w, Humans)) || (aimed && next.Any(w => MatchesAny(w, Teams))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsPhrase(List<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (phrase.Select((p, j) => WordSimilarity.Similar(words[i + j], p)).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAny(string word, string[] lexicon) => lexicon.Any(l => WordSimilarity.Similar(word, l));
}
