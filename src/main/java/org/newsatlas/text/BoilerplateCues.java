package org.newsatlas.text;

import java.util.regex.Pattern;

/** Cue-phrase lexicons of generic web boilerplate, written as case-insensitive patterns. */
final class BoilerplateCues {

    private BoilerplateCues() {
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Promo phrases that mark a short passage wherever they stand. */
    static final Pattern PROMO_STRONG = ci("\\b(sign[ -]up (for|to|now|here)|subscribe (to|now|today|for)|"
            + "unlimited (digital )?access|ad[ -]free|delivered (straight |right )?to your (door|inbox)|free trial|"
            + "support (our|independent) journalism|editor'?s'? picks?|editors['\u2019] picks?|editor\u2019s picks?|"
            + "sponsored (content|by)|paid (content|partnership)|already a subscriber|become a (member|subscriber)|"
            + "(our|daily|weekly|free) newsletters?|special offer|subscribers? only|exclusive offer)");

    /** Words that mark a promo when the passage is only a short fragment or bullet. */
    static final Pattern PROMO_WEAK = ci("\\b(newsletters?|podcasts?|subscri\\w*|premium|app access|apps?|"
            + "sign in|log ?in|register|digital edition|e-?paper|print edition|magazine)\\b");

    /** A whole line that only marks an advertisement slot. */
    static final Pattern ADVERT_MARKER = ci("^(advertisement|advertising|\\bad\\b|sponsored|promoted|"
            + "story continues below( advertisement)?|continue reading (below|the main story)|"
            + "scroll to continue( with content)?|article continues below)[:.]?$");

    /** A heading that opens a block of links to other stories. */
    static final Pattern TEASER_HEADING = ci("^(more (in|from|on|about|stories|news|articles)\\b.*|"
            + "related( (stories|articles|news|content|coverage|topics|reading|links))?|read more|see also|"
            + "recommended( for you| stories| articles)?|you (may|might) also (like|be interested in)|"
            + "most (read|popular|viewed|shared)|trending( now| stories)?|top stories|latest (news|stories)|"
            + "what to read next|further reading|also read|don'?t miss|(in )?other news)[:.]?$");

    /** An inline link to another story: "Read more: ...", "RELATED: ...". */
    static final Pattern TEASER_LINK = ci("^(read more|read also|also read|related|see also|more on this( story)?|"
            + "recommended|watch|listen|explainer)\\s*[:|\u2013\u2014-]\\s*\\S.*");

    static final Pattern SHARE = ci("\\b(share( this( article| story)?| on)?|tweet|e-?mail this|print this|"
            + "copy link|follow us|follow @\\w+|comments?)\\b");

    static final Pattern SOCIAL_NETWORK = ci("\\b(facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit|"
            + "instagram|youtube|tiktok|x\\.com)\\b");

    static final Pattern NAVIGATION_WORDS = ci("^(skip to (main )?(content|navigation)|back to top|menu|home|"
            + "search|close|next( article)?|previous( article)?|go to top|main menu|toggle navigation)$");

    static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s[\u203A\u00BB>|/]\\s");

    /** A UI icon name that leaked into the text ("photo_camera", "play_arrow"). */
    static final Pattern ICON_LIGATURE = Pattern.compile("^[a-z]+(?:_[a-z]+)+\\b");

    static final Pattern PHOTO_ICON = ci("photo|camera|image|video|picture");

    static final Pattern CREDIT_LABEL = ci("^(image|images|photo|photos|photograph|picture|pictured|illustration|"
            + "credit|photo credit|image credit|video|file photo|graphic|cover image)\\s*(:|\\(|$)");

    /** Agency and credit words that end captions ("AFP/Getty Images", "Press Office"). */
    static final Pattern CREDIT_WORDS = Pattern.compile("\\b(AFP|Getty|REUTERS|Reuters|AP|Associated Press|Xinhua|"
            + "EPA|Shutterstock|TASS|Sputnik|Anadolu|Images|Photo|Photos|Handout|HANDOUT|Courtesy|Press Office|"
            + "Press Service|Pool|POOL|File|Alamy|Bloomberg|Stringer)\\b");

    static final Pattern SLASHED_NAMES = Pattern.compile("\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*\\s?/\\s?\\p{Lu}");

    static final Pattern COPYRIGHT = ci("(\u00A9|\\(c\\) \\d{4}|^copyright\\b|all rights reserved)");

    static final Pattern METADATA_LABEL = ci("^(topics?|tags?|tagged( with)?|region|categor(y|ies)|section|"
            + "filed under|published( on)?|updated( on)?|last updated|posted( on| in)?|keywords|brand|authors?|"
            + "by|date|source|dateline)\\s*:");

    static final Pattern BYLINE = Pattern.compile("^(By|BY|Written by|Words by|Story by)\\s+\\p{Lu}");

    static final Pattern CREDITS_FOOTER = ci("^((additional )?(reporting|editing|writing) by|"
            + "compiled by)\\b|\\bcontributed (reporting|to this (report|story|article))\\b");

    static final Pattern AUTHOR_BIO = Pattern.compile("^\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){1,3}"
            + " (is|was) (a|an|the)\\b.*\\b(reporter|correspondent|editor|writer|journalist|columnist|contributor|"
            + "producer|blogger)\\b.*");

    private static final String MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
            + "sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";

    /** A line that is only a date/time stamp, optionally labelled. */
    static final Pattern DATELINE_ONLY = ci("^((published|updated|posted|last updated)( on| at)?:?\\s*)?"
            + "((mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(" + MONTH + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|"
            + "\\d{1,2}(st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})"
            + "([,\\s]+(at\\s+)?\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s+[A-Z]{2,4})?)?\\.?$");
}
