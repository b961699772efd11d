using Reader.Essays;

namespace Reader.Tests.Essays;

public sealed class HeadingLevelsTests
{
    [Fact]
    public void SubheadingsMoveUpOneLevelWithTheirClosingTags()
    {
        const string html = "<h3 id=\"a\">A</h3>\n<p>x</p>\n<h4>B</h4>\n<h5 class=\"c\">C</h5>\n<h6>D</h6>\n";

        Assert.Equal("<h2 id=\"a\">A</h2>\n<p>x</p>\n<h3>B</h3>\n<h4 class=\"c\">C</h4>\n<h5>D</h5>\n", HeadingLevels.RaisedOneLevel(html));
    }

    [Theory]
    [InlineData("<p>&lt;h3&gt;not a tag&lt;/h3&gt;</p>")]
    [InlineData("<pre><code>&lt;h4 id=\"x\"&gt;</code></pre>")]
    [InlineData("<h2 id=\"top\">Section</h2><header><hr></header>")]
    [InlineData("<h1>Title</h1>")]
    public void NothingElseChanges(string html)
    {
        Assert.Equal(html, HeadingLevels.RaisedOneLevel(html));
    }
}
