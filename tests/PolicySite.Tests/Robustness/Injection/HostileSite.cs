using PolicySite.Configuration;
using PolicySite.Content;
using PolicySite.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicySite.Tests.Robustness.Injection;

/// <summary>
/// A small valid site in which every field of <c>site.yml</c>, the front matter of a chapter, an
/// objective page and an event, and the data files has a value, held as the typed records the
/// build reads them into. A test replaces one field's value with a payload and writes the site.
/// </summary>
internal static class HostileSite
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    private const string ApproachBody = """
        The approach has five parts.[^aiv]

        [^aiv]: See [the AIV's report](ref:aiv).

        ## 1 Nexus {#nexus}

        The nexus.

        ## 2 Dialogue {#dialogue}

        Dialogue.

        ## 3 Partnerships {#partnerships}

        Partnerships.

        ## 4 Multilateral {#multilateral}

        Multilateral institutions.

        ## 5 Law {#law-and-norms}

        Law and norms.
        """;

    private const string ObjectiveBody = """
        ### 1 Nexus {#nexus}

        Human rights and the nexus.

        ### 2 Dialogue {#dialogue}

        Dialogue on human rights.

        ### 3 Partnerships {#partnerships}

        Partnerships for human rights.

        ### 4 Multilateral {#multilateral}

        Human rights in multilateral institutions.

        ### 5 Law {#law-and-norms}

        Human rights law and norms.
        """;

    /// <summary>The site's files, freshly made: each holds its record (or list of records) and, for Markdown, the body.</summary>
    public static IReadOnlyList<SiteFile> Files() =>
    [
        new("input/site.yml", new SiteConfig
        {
            Title = "Human Rights Policy",
            DocumentType = "Policy document",
            Publisher = "Ministry of Tests",
            PublicationDate = "2023-06",
            Language = "en",
            BaseUrl = "/",
            Colophon = ["This is an edition of:", "Ministry of Tests"],
        }),
        new("input/chapters/01-approach.md", new ChapterFrontMatter
        {
            Id = "approach",
            Number = "I",
            Title = "The approach",
            Order = 1,
            Summary = "The approach has five parts.",
            Aliases = ["/old/approach/"],
        }, ApproachBody),
        new("input/objectives/01-rights.md", new ObjectiveFrontMatter
        {
            Id = "rights",
            Objective = "I",
            Title = "Human rights",
            ObjectiveTitle = "Protecting and promoting human rights",
            Order = 2,
            Summary = "Human rights and the nexus.",
            Aliases = ["/old/rights/"],
        }, ObjectiveBody),
        new("input/events/2030-05-14-meeting.md", new EventFrontMatter
        {
            Id = "meeting",
            Title = "Partners under Pressure",
            Start = "2030-05-14T19:00",
            End = "2030-05-14T21:00",
            TimeZone = "Europe/Amsterdam",
            Status = "rescheduled",
            StatusNotice = "The meeting moved by a week.",
            PreviousStart = "2030-05-07T19:00",
            Sequence = 1,
            Venue = new VenueData
            {
                Name = "Wijnhaven Complex",
                Room = "Room 3.46",
                StreetAddress = "Turfmarkt 99",
                PostalCode = "2511DP",
                Locality = "Den Haag",
                Region = "Zuid-Holland",
                Country = "Nederland",
            },
            Organisers = [new OrganiserData { Name = "LeidenAsiaCentre", Url = "https://example.org/lac" }],
            Registration = "open",
            Summary = "A meeting about civil society.",
            Related = ["rights#partnerships"],
            Aliases = ["/evenement/meeting/"],
        }, "What the meeting is about.\n"),
        new("input/data/priorities.yml", new List<PriorityData>
        {
            new() { Id = "defenders", Title = "Protecting human rights defenders", Paragraphs = ["rights#partnerships-p1"] },
        }),
        new("input/data/annex.yml", new AnnexData
        {
            Tables =
            [
                new AnnexTable
                {
                    Id = "funds",
                    Title = "Funds and programmes",
                    Columns = ["Fund", "Amount"],
                    Rows = [new AnnexRow { Cells = ["Safety for Voices", "€20 million"], Source = "rights#partnerships-p1" }],
                },
            ],
        }),
        new("input/data/references.yml", new List<ReferenceSource>
        {
            new() { Id = "aiv", Title = "Human Rights: A Core Interest", Kind = "Report", Publisher = "Advisory Council on International Affairs", Url = "https://example.org/aiv", Language = "nl" },
        }),
    ];

    /// <summary>Writes <paramref name="files"/> into <paramref name="site"/>: YAML files as YAML, Markdown with front matter.</summary>
    public static void WriteInto(SiteFixture site, IEnumerable<SiteFile> files)
    {
        foreach (var file in files)
        {
            var yaml = Yaml.Serialize(file.Value);
            site.Write(file.Path, file.Body is null ? yaml : $"---\n{yaml}---\n{file.Body}");
        }
    }
}
