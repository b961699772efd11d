using Microsoft.Extensions.Options;
using Reader.Essays;

namespace Reader.Site;

/// <summary>The <c>Reader:Site</c> configuration section: what the site says about itself to readers, feeds and search engines.</summary>
internal sealed class SiteOptions
{
    public const string SectionName = "Reader:Site";

    public string Title { get; set; } = "Reader";

    public string Description { get; set; } = "Long-form essays, one section at a time.";

    /// <summary>The public address of the site, from which canonical links, feeds and the sitemap are made.</summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>The author of essays that don't name one; none by default, so nobody is credited by mistake.</summary>
    /// <remarks>Written as in front matter ("Mara Quill", "Quill, Mara", "Mara Quill and Ann Other").</remarks>
    public string? DefaultAuthor { get; set; }

    public IReadOnlyList<Author> DefaultAuthors => AuthorNames.ParseList(DefaultAuthor).Authors;

    /// <summary>The language of essays that don't give one (a BCP 47 tag).</summary>
    public string Language { get; set; } = "en";

    /// <summary>How many of the newest essays the Atom feed carries, each with its whole text, so the feed stays small as the library grows.</summary>
    public int FeedEntries { get; set; } = 20;

    /// <summary>An absolute address on this site for a path such as <c>/essays/x</c>, keeping any path the base URL has.</summary>
    public Uri Link(string path)
    {
        var root = BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl.AbsoluteUri : BaseUrl.AbsoluteUri + "/";
        return new Uri(new Uri(root), path.TrimStart('/'));
    }
}

/// <summary>Checks the site settings at start-up, naming the key that is wrong.</summary>
internal sealed class SiteOptionsValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Title))
        {
            failures.Add("Reader:Site:Title must not be empty.");
        }

        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            failures.Add($"Reader:Site:BaseUrl must be an absolute http or https address without query or fragment, such as https://essays.example.org/ (it is '{options.BaseUrl}').");
        }

        if (AuthorNames.ParseList(options.DefaultAuthor).Problem is { } problem)
        {
            failures.Add($"Reader:Site:DefaultAuthor {problem}.");
        }

        if (options.FeedEntries < 1)
        {
            failures.Add($"Reader:Site:FeedEntries must be at least 1 (it is {options.FeedEntries}).");
        }

        if (!LanguageTag.IsValid(options.Language))
        {
            failures.Add($"Reader:Site:Language must be {LanguageTag.Example} (it is '{options.Language}').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
