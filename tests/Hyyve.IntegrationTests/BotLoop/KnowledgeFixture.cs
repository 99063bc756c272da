namespace Hyyve.IntegrationTests.BotLoop;

/// <summary>A few help-center articles the bot-loop tests ask about.</summary>
public static class KnowledgeFixture
{
    public const string PasswordQuestion = "How do I reset my password?";

    public static readonly object[] Documents =
    [
        new
        {
            externalId = "reset-password",
            title = "Reset your password",
            url = "https://help.acme.example/articles/reset-password",
            contentType = "markdown",
            content = """
                # Reset your password
                To reset your password, open Settings, choose Security and click Reset password. We email you a reset link that is valid for 30 minutes.
                If the email does not arrive, check your spam folder or ask your workspace administrator.
                """,
        },
        new
        {
            externalId = "billing-invoices",
            title = "Download invoices",
            url = "https://help.acme.example/articles/invoices",
            contentType = "markdown",
            content = """
                # Download invoices
                Invoices are available under Billing, then Invoices. Each invoice can be downloaded as a PDF.
                Invoices are issued on the first day of every month for the previous month.
                """,
        },
        new
        {
            externalId = "export-data",
            title = "Export your data",
            url = "https://help.acme.example/articles/export",
            contentType = "markdown",
            content = """
                # Export your data
                You can export all projects as CSV from Settings, Data, Export. Large exports are emailed to you when ready.
                """,
        },
    ];
}
