using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Reader.Essays;
using Reader.Content;
using Reader.Store;

namespace Reader.Tests.Store;

/// <summary>What the start-up load tells the operator: problems with their place, and what was not read and why.</summary>
public sealed class LibraryLoaderLogTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void WhatTheContentFolderHoldsButIsNotReadIsLoggedAtDebugWithTheReason()
    {
        content.Write("essay.md", "# Essay\n\nText.");
        var notes = Path.Combine(content.FullName, "notes.txt");
        File.WriteAllText(notes, "Not an essay.");
        var logger = new FakeLogger<LibraryLoader>();

        Loaders.For(content.FullName, logger).Load();

        var skipped = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Debug);
        Assert.Equal($"Not read: {notes} (not a Markdown (.md) file)", skipped.Message);
    }

    [Fact]
    public void EachProblemIsLoggedWithItsFileLineAndColumnAtItsLevel()
    {
        var essay = Path.Combine(content.FullName, "essay.md");
        File.WriteAllText(essay, "# Essay\n\nSee this[^missing] claim.");
        var logger = new FakeLogger<LibraryLoader>();

        Loaders.For(content.FullName, logger).Load();

        var warning = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Warning);
        Assert.Equal($"{essay}:3:9: the footnote reference [^missing] has no definition in this file", warning.Message);
    }

    [Fact]
    public void AFaultInReaderIsLoggedInTheAuthorsWordsWithTheExceptionAttachedForTheStack()
    {
        var essay = Path.Combine(content.FullName, "essay.md");
        var fault = new InvalidOperationException("Operation is not valid due to the current state of the object.");
        var problem = LibraryBuilder.Unreadable(essay, fault);
        var logger = new FakeLogger<LibraryLoader>();

        Loaders.For(content.FullName, logger).Report(new LibraryBuild(Library.Empty, [problem]), elapsedMilliseconds: 1);

        var error = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Error);
        Assert.Equal($"{essay}:1:1: Reader could not read this file because of a fault in Reader itself; the essay is left out. Please report it.", error.Message);
        Assert.Same(fault, error.Exception);
    }

    [Fact]
    public void MarkdigsDepthLimitIsLoggedInTheAuthorsWordsWithoutAnException()
    {
        var essay = Path.Combine(content.FullName, "essay.md");
        File.WriteAllText(essay, "# Deep\n\n" + new string('>', 2000) + " quoted");
        var logger = new FakeLogger<LibraryLoader>();

        Loaders.For(content.FullName, logger).Load();

        var error = Assert.Single(logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Error);
        Assert.Equal($"{essay}:1:1: {LibraryBuilder.TooDeep}", error.Message);
        Assert.Null(error.Exception);
    }

    [Fact]
    public void AnyOtherRefusalFromMarkdigIsPutToTheAuthorInPlainWordsAndKeepsTheExceptionForTheLog()
    {
        var refusal = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new Markdig.Helpers.StringLineGroup(0));

        var problem = LibraryBuilder.Unreadable(Path.Combine(content.FullName, "essay.md"), refusal);

        Assert.Equal("the Markdown reader refused this file's markup; the essay is left out: look for unusual markup, such as long runs of brackets, emphasis marks or table pipes, and simplify it", problem.Message);
        Assert.Same(refusal, problem.Fault);
    }
}
