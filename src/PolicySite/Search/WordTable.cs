using System.Numerics;
using System.Runtime.CompilerServices;

namespace PolicySite.Search;

/// <summary>
/// The words one counting thread has met, each with a number (its term's, or -1 for a stop word),
/// looked up by the characters of a word as the text is read, without making a string of it. The
/// index build looks up every word of the site, some four million at 5,000 pages: a
/// <see cref="Dictionary{TKey, TValue}"/> spent most of its time in the comparer's interface calls
/// and in going from bucket to entry; here a word's slot holds its hash, and the first probe
/// that finds the same hash almost always finds the word.
/// </summary>
internal sealed class WordTable
{
    private int[] _hashes;
    private string?[] _words;
    private int[] _numbers;
    private int _count;

    public WordTable(int capacity = 4096)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity));
        _hashes = new int[size];
        _words = new string?[size];
        _numbers = new int[size];
    }

    /// <summary>How many words the table holds.</summary>
    public int Count => _count;

    /// <summary>The number of <paramref name="word"/>, if the table has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> word, out int number)
    {
        var hash = Hash(word);
        var mask = _words.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var found = _words[slot];
            if (found is null)
            {
                number = 0;
                return false;
            }
            if (_hashes[slot] == hash && word.SequenceEqual(found))
            {
                number = _numbers[slot];
                return true;
            }
        }
    }

    /// <summary>Adds <paramref name="word"/>, which the table does not have yet.</summary>
    public void Add(string word, int number)
    {
        if ((_count + 1) * 2 > _words.Length)
        {
            Grow();
        }
        Place(word, Hash(word), number);
        _count++;
    }

    private void Place(string word, int hash, int number)
    {
        var mask = _words.Length - 1;
        var slot = hash & mask;
        while (_words[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }
        _hashes[slot] = hash;
        _words[slot] = word;
        _numbers[slot] = number;
    }

    private void Grow()
    {
        var (hashes, words, numbers) = (_hashes, _words, _numbers);
        _hashes = new int[words.Length * 2];
        _words = new string?[words.Length * 2];
        _numbers = new int[words.Length * 2];
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is { } word)
            {
                Place(word, hashes[i], numbers[i]);
            }
        }
    }

    /// <summary>FNV-1a over the characters, then mixed so that the low bits (the slot) depend on all of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        hash ^= hash >> 15;
        return (int)(hash & int.MaxValue);
    }
}
