namespace Hyyve.Domain.Answering;

/// <summary>
/// Does the customer explicitly ask for a person? A request pairs a contact verb ("talk", "speak", "chat",
/// "contact") with a word for a human ("agent", "person", "someone", "operator"), or uses a phrase that needs no
/// verb ("live agent", "real person", "human please"). Words match with one typo, so "somneone" and "talkk" count.
/// "Customer service" alone is a question about contact details, not a request for a person here and now. Frustration
/// with the bot ("this bot is useless", "i dont want a robot") is a request too: the customer has given up on it. Besides
/// the word lists, four frames: a talk verb aimed at a team ("speak to support staff", but not "chat with my team"),
/// wanting a person ("i need a person to help me", but not "i need to add a person"), a person asked to reach the
/// customer ("can someone from billing get in touch with me"), and turning the bot down.
/// </summary>
public sealed class HumanRequestDetector
{
    private static readonly string[] Verbs =
        ["talk", "talking", "speak", "speaking", "chat", "chatting"];

    /// <summary>Verbs that also take things as objects ("transfer ownership to someone"), so the person must follow closely.</summary>
    private static readonly string[] ReachVerbs = ["contact", "contacting", "reach", "connect", "transfer", "call", "put"];

    /// <summary>Who a reach verb may be aimed at besides a person: "connect me with customer service", "transfer me to your team".</summary>
    private static readonly string[] Teams = ["service", "support", "team", "staff", "someone", "somebody", "sales", "billing"];

    private static readonly string[] Desires = ["want", "need", "needed", "rather", "prefer", "wanna"];

    /// <summary>Words that may stand between wanting and the person: "need a real human", "want to talk to an agent".</summary>
    private static readonly string[] Fillers = ["a", "an", "the", "some", "real", "actual", "live", "proper", "to", "talk", "speak", "chat", "with", "deal", "have", "get"];

    private static readonly string[] ContactsCustomer = ["email", "contact", "message", "text", "phone", "ring"];

    private static readonly string[] Bots = ["bot", "robot", "chatbot", "machine", "automated", "ai"];

    private static readonly string[] Refusals = ["not", "dont", "no", "stop", "useless", "stupid", "hate", "pointless", "enough", "rather", "instead", "done"];

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
        return (hasHuman && hasVerb) || ReachesSomeone(words) || Phrases.Any(p => ContainsPhrase(words, p)) || (words.Count <= 2 && hasHuman)
            || TalksToTeam(words) || WantsPerson(words) || AsksToBeReached(words, hasHuman) || TurnsBotDown(words);
    }

    /// <summary>"speak to support staff", "chat with sales": a talk verb with a team right after, not the customer's own, and
    /// not "customer service", which (like the word lists) reads as asking how to contact it.</summary>
    private static bool TalksToTeam(List<string> words) =>
        words.Select((w, i) => MatchesAny(w, Verbs) && Enumerable.Range(i + 1, Math.Min(4, words.Count - i - 1))
            .TakeWhile(j => words[j] is not ("my" or "our"))
            .Any(j => Teams.Contains(words[j]) && !(words[j] is "service" or "support" && words[j - 1] == "customer"))).Any(x => x);

    /// <summary>"i need a person", "want to talk to a real agent": only fillers between wanting and the person.</summary>
    private static bool WantsPerson(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Desires.Contains(words[i]))
            {
                continue;
            }

            var rest = words.Skip(i + 1).SkipWhile(w => Fillers.Contains(w)).FirstOrDefault();
            if (rest is not null && MatchesAny(rest, Humans))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"can someone get in touch with me", "have support email me": a person or team asked to contact the customer.
    /// "How do i get in touch with support" asks for contact details, so without "me" or "us" only a person counts.</summary>
    private static bool AsksToBeReached(List<string> words, bool hasHuman)
    {
        var anyTeam = words.Any(w => Teams.Contains(w));
        var aimedAtCustomer = ContactsCustomer.Any(verb => ContainsPhrase(words, [verb, "me"]) || ContainsPhrase(words, [verb, "us"]))
            || ContainsPhrase(words, ["touch", "with", "me"]) || ContainsPhrase(words, ["touch", "with", "us"]);
        var reachOut = ContainsPhrase(words, ["in", "touch"]) || ContainsPhrase(words, ["reach", "out"]);
        return ((hasHuman || anyTeam) && aimedAtCustomer)
            || (reachOut && (hasHuman || words.Any(w => Teams.Contains(w) && w is not ("service" or "support"))));
    }

    /// <summary>"i dont want to chat with a robot", "no more machine": refusing the bot is asking for someone else.</summary>
    private static bool TurnsBotDown(List<string> words) =>
        words.Any(w => Bots.Contains(w)) && words.Any(w => Refusals.Contains(w));

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
