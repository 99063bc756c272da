using System.Net.Mail;
using Hyyve.Domain.Errors;

namespace Hyyve.Domain.Provisioning;

/// <summary>Checks a provisioning request before anything is stored; the first problem is a 400 naming its field.</summary>
internal static class ProvisionRequestValidator
{
    public const int MaxProjects = 20;

    public static void Validate(ProvisionTenantRequest? request)
    {
        if (request is null)
        {
            throw new ValidationFailedException("body", "A JSON body with name, administrator and projects is required.");
        }

        Require(request.Name, "name");
        if (request.Administrator is null)
        {
            throw new ValidationFailedException("administrator", "administrator {name, email} is required.");
        }

        Require(request.Administrator.Name, "administrator.name");
        if (!MailAddress.TryCreate(request.Administrator.Email, out _))
        {
            throw new ValidationFailedException("administrator.email", "administrator.email must be an email address.");
        }

        if (request.Projects is not { Count: > 0 and <= MaxProjects })
        {
            throw new ValidationFailedException("projects", $"projects must list between 1 and {MaxProjects} projects.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < request.Projects.Count; i++)
        {
            ValidateProject(request.Projects[i], $"projects[{i}]", names);
        }

        if (request.Portal is { } portal)
        {
            Require(portal.Name, "portal.name");
            if (string.IsNullOrWhiteSpace(portal.Slug) || !portal.Slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw new ValidationFailedException("portal.slug", "portal.slug must be lowercase letters, digits and hyphens.");
            }
        }

        if (request.ChatwootBaseUrl is { } url && !IsHttpUrl(url))
        {
            throw new ValidationFailedException("chatwootBaseUrl", "chatwootBaseUrl must be an absolute http(s) URL.");
        }
    }

    private static void ValidateProject(ProvisionProject? project, string field, HashSet<string> names)
    {
        if (project is null)
        {
            throw new ValidationFailedException(field, $"{field} is empty.");
        }

        Require(project.Name, $"{field}.name");
        // The inbox is found again by its name after a crash, so two projects may not share one.
        if (!names.Add(project.Name.Trim()))
        {
            throw new ValidationFailedException($"{field}.name", $"Project name \"{project.Name}\" is used twice; inbox names must differ.");
        }

        if (project.Channel is not (null or ProvisionProject.WebWidget or ProvisionProject.Api))
        {
            throw new ValidationFailedException($"{field}.channel", $"{field}.channel must be web_widget or api.");
        }

        if (project.ChannelType == ProvisionProject.WebWidget && (project.WebsiteUrl is null || !IsHttpUrl(project.WebsiteUrl)))
        {
            throw new ValidationFailedException($"{field}.websiteUrl", $"A web_widget inbox needs {field}.websiteUrl, an absolute http(s) URL.");
        }

        if (project.ConfidenceThreshold is < 0 or > 1)
        {
            throw new ValidationFailedException($"{field}.confidenceThreshold", "confidenceThreshold must be between 0 and 1.");
        }
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationFailedException(field, $"{field} is required.");
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
