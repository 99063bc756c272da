namespace Hyyve.IntegrationTests.HelpCenter;

/// <summary>Article texts with one distinct topic each, so a question finds exactly one article.</summary>
internal static class ArticleTexts
{
    private static readonly string[] Topics =
    [
        "password resets", "refund requests", "invoice downloads", "team invitations", "calendar sharing", "mobile notifications",
        "data exports", "single sign-on", "two-factor codes", "webhook retries", "plan upgrades", "account deletion", "file uploads",
        "dark mode", "keyboard shortcuts", "timezone settings", "email digests", "guest access", "audit logs", "API tokens",
        "spreadsheet imports", "recurring tasks", "project templates", "kanban boards", "gantt timelines", "time tracking",
        "expense reports", "vacation planning", "printer setup", "offline mode", "browser support", "language settings",
        "custom fields", "label colors", "archive rules", "storage limits", "backup restores", "seat licenses", "tax receipts",
        "gift cards", "coupon codes", "shipping labels", "return windows", "warranty claims", "loyalty points", "referral bonuses",
        "profile photos", "username changes", "session timeouts", "device limits", "sound alerts", "chat transcripts",
        "survey forms", "holiday hours", "accessibility options", "screen readers", "font sizes", "widget embedding",
        "domain verification", "status pages", "maintenance windows", "bulk edits", "duplicate detection", "sandbox accounts",
    ];

    public static string Topic(int i) => Topics[i % Topics.Length] + (i >= Topics.Length ? $" {i / Topics.Length + 1}" : "");

    public static string Slug(int i) => Topic(i).Replace(' ', '-');

    public static (string Title, string Content) For(int i) => i == 0
        ? ("Reset your password",
           "# Reset your password\n\nOn the sign-in page choose **Forgot password** and enter your email. The reset link is valid for one hour.")
        : ($"All about {Topic(i)}",
           $"# {Topic(i)}\n\nThis guide explains {Topic(i)} step by step. Open the settings page and look for the {Topic(i)} section.");
}
