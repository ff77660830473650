namespace PlanAct.DemoSite.Forum;

/// <summary>
/// Builds the forum's initial content deterministically: five forums with 18 posts each, scores
/// and comments derived from the post's index, and one clear top-scored post per forum.
/// </summary>
internal static class ForumSeed
{
    /// <summary>The time the seeded content is anchored to (posts are hours before it).</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Users =
    [
        "fern_and_fig", "quietkettle", "bytewright", "paperback_pat", "nomad_nell", "greenthumb42",
        "sourdough_sam", "pixelmoth", "hilltop_hiker", "marginalia", "rootcellar", "lanternfish",
    ];

    private static readonly string[] CommentTexts =
    [
        "Thanks for sharing, this was really helpful.",
        "I had the same problem last year and ended up starting over.",
        "Could you post a photo of how it looks now?",
        "Strongly agree with this.",
        "Not sure I follow, can you explain the second step?",
        "Bookmarking this for later.",
        "This worked for me too, after a couple of tries.",
    ];

    private static readonly (ForumBoard Board, string[] Titles)[] Definitions =
    [
        (new ForumBoard("gardening", "Gardening", "Vegetables, flowers, soil and everything that grows."),
        [
            "Best time to plant tomatoes outdoors?", "My basil keeps wilting, any tips?", "Show and tell: this year's dahlias",
            "Is homemade compost worth the effort?", "Raised beds versus in-ground beds", "How deep should I plant garlic?",
            "Slugs ate all my lettuce overnight", "Pruning roses for beginners", "Growing potatoes in bags actually works",
            "What to plant in a shady corner", "Companion planting myths", "Winter care for lavender",
            "First harvest from my balcony garden", "Mulch: bark, straw or leaves?", "Why are my cucumber leaves yellow?",
            "Seed starting under LED lights", "Attracting bees to a small garden", "Rainwater barrel setup questions",
        ]),
        (new ForumBoard("cooking", "Cooking", "Recipes, techniques and kitchen questions."),
        [
            "My sourdough starter smells like nail polish", "Weeknight dal in 30 minutes", "Cast iron seasoning keeps flaking",
            "Best knife for a small kitchen", "How do you keep rice from sticking?", "Roasting vegetables at high heat",
            "Favourite soup for cold evenings", "Homemade pasta without a machine", "Why does my caramel crystallise?",
            "Batch cooking for the week", "Tips for crispy tofu", "Making stock from scraps",
            "Is a pressure cooker worth it?", "Salting pasta water: how much?", "Simple bread for beginners",
            "Fixing a split mayonnaise", "Spice rack essentials", "Cooking for one without waste",
        ]),
        (new ForumBoard("technology", "Technology", "Computers, phones, programming and gadgets."),
        [
            "Which Linux distro for an old laptop?", "Mechanical keyboard switches explained", "Backing up family photos properly",
            "Is 16 GB of RAM enough in 2025?", "Learning to program at 40", "Home network keeps dropping",
            "Self-hosting a password manager", "Replacing a phone battery myself", "Best e-reader for PDFs",
            "USB-C cables are confusing", "Why is my laptop fan always on?", "Setting up a Raspberry Pi as a media server",
            "Dark mode everywhere: worth it?", "Noise-cancelling headphones for open offices", "Keeping an old tablet useful",
            "Printer drivers are still terrible", "Moving from Windows to macOS", "A simple home backup routine",
        ]),
        (new ForumBoard("books", "Books", "What you are reading and what you recommend."),
        [
            "Books that made you love history", "Short novels for a long weekend", "Translated fiction recommendations",
            "Audiobooks versus paper", "The best opening lines you know", "Classics that lived up to the hype",
            "Science fiction for beginners", "Reading slumps and how to end them", "Poetry collections to start with",
            "Nonfiction that reads like a thriller", "Book clubs: online or in person?", "Children's books adults enjoy",
            "Annotating books: yes or no?", "Mysteries with a great twist", "Books set in small towns",
            "Memoirs worth reading", "Graphic novels for newcomers", "What are you reading this month?",
        ]),
        (new ForumBoard("travel", "Travel", "Trips, routes, packing lists and travel stories."),
        [
            "Packing light for two weeks", "Train travel across Europe on a budget", "First solo trip advice",
            "Underrated cities to visit", "Travel insurance: what actually matters", "Hiking the coast path in spring",
            "Jet lag tricks that work", "Camping with a toddler", "Best apps for offline maps",
            "Visiting national parks in the off season", "Street food safety tips", "Road trip playlist ideas",
            "Learning a few words of the local language", "Travelling with only a backpack", "Night trains are back",
            "Cheap ways to see a city", "Where to watch the northern lights", "Planning a cycling holiday",
        ]),
    ];

    /// <summary>The forums, in display order.</summary>
    public static IReadOnlyList<ForumBoard> Boards { get; } = [.. Definitions.Select(d => d.Board)];

    /// <summary>Creates fresh post objects with the initial scores and comments.</summary>
    public static List<ForumPost> CreatePosts()
    {
        var posts = new List<ForumPost>();
        var commentId = 1;
        for (var f = 0; f < Definitions.Length; f++)
        {
            var (board, titles) = Definitions[f];
            for (var i = 0; i < titles.Length; i++)
            {
                var id = posts.Count + 1;
                var author = Users[((i * 5) + f) % Users.Length];
                var score = ((i * 29) + (f * 11)) % 97;
                if (i == (f * 7 + 3) % titles.Length)
                {
                    score = 150 + (f * 9);
                }

                var post = new ForumPost(
                    id,
                    board.Slug,
                    titles[i],
                    author,
                    $"{titles[i]} I have been thinking about this for a while and would love to hear how others handle it. " +
                    $"Any advice from the {board.Name.ToLowerInvariant()} community is welcome.",
                    score,
                    Epoch.AddHours(-((i * 7) + (f * 3) + 1)));
                var commentCount = (i + f) % 5;
                for (var c = 0; c < commentCount; c++)
                {
                    post.Comments.Add(new ForumComment(
                        commentId++,
                        Users[(i + c + 3) % Users.Length],
                        CommentTexts[(i + (c * 2) + f) % CommentTexts.Length],
                        post.PostedAt.AddMinutes(20 * (c + 1))));
                }

                posts.Add(post);
            }
        }

        return posts;
    }
}
