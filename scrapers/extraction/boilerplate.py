"""Boilerplate rules as data: the selectors and phrases ``cleanup.py`` removes.

Data only, no logic. Every rule carries the example it exists for; ``tests/unit/test_cleanup.py``
checks that each rule still matches its example. Add a rule here, with its example, rather than
a special case in code. Rules are multilingual where it is cheap (en, de, fr, es, pt, it).

- ``NODE_RULES``: elements removed from the page before the body is extracted (by structure);
- ``RELATED_HEADINGS``: a heading with this text starts a related-posts block, cut with its
  following siblings;
- ``PARAGRAPH_RULES``: a paragraph that matches one of these in full is dropped;
- ``CREDIT_RULES``: short credit lines (wire credits, "contributed reporting"), dropped at
  the start or the end of the body only;
- ``TRAILING_RULES``: boilerplate glued onto the end of a real paragraph, cut from it (the
  space before it goes too: a rule needs no leading whitespace pattern, which slows the search);
- ``THREAD_MARKERS``: a paragraph that opens the comment area: it and everything after go;
- ``LEAD_RULES``: a short dateline or byline line repeated at the top of the body.
"""

from __future__ import annotations

from typing import NamedTuple


class NodeRule(NamedTuple):
    """Simple CSS selectors (``tag.class.class#id``, any part optional) and the HTML they exist for."""

    selectors: tuple[str, ...]
    example: str


class PhraseRule(NamedTuple):
    """A regular expression (matched case-insensitively against a whole paragraph)."""

    pattern: str
    example: str


NODE_RULES: tuple[NodeRule, ...] = (
    NodeRule(  # WordPress / Drupal / Ghost comment areas, threads and forms
        ("#respond", "#comments", "#disqus_thread", "#comment-section", "#ghost-comments-root", "#commentform",
         ".comment-respond", ".comments-area", ".comment-list", ".commentlist", ".comments", ".comment-form",
         ".comment-wrapper", ".gh-comments", ".post-comments", ".article-comments", "section.comments"),
        '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div>',
    ),
    NodeRule(  # share bars: Jetpack, AddToAny, Shareaholic and theme share boxes
        (".sharedaddy", ".sd-sharing-enabled", ".addtoany_share_save_container", ".a2a_kit", ".share-buttons",
         ".social-share", ".social-sharing", ".share-bar", ".sharing", ".entry-share", ".post-share",
         ".shareaholic-canvas", ".social-buttons"),
        '<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3></div>',
    ),
    NodeRule(  # related posts: Jetpack, YARPP, themes, Drupal blocks, inline "read more" boxes
        ("#jp-relatedposts", "#related-posts", "#related-articles", ".jp-relatedposts", ".yarpp-related",
         ".related-posts", ".relatedposts", ".related-articles", ".related-content", ".crp_related",
         ".read-more-big__container", ".read-next", ".more-stories", ".top-stories", ".block-views-related"),
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3></div>',
    ),
    NodeRule(  # newsletter and subscription boxes (Ghost, Mailchimp, Substack-like)
        (".newsletter", ".newsletter-signup", ".subscribe-form", ".gh-subscribe", ".kg-signup-card",
         ".mc4wp-form", ".subscription-widget", ".mailchimp-signup"),
        '<section class="gh-subscribe"><p>Sign up for more like this.</p></section>',
    ),
    NodeRule(  # cookie and consent banners
        ("#cookie-notice", "#cookie-law-info-bar", "#onetrust-banner-sdk", "#CybotCookiebotDialog",
         ".cookie-notice", ".cookie-banner", ".cookie-consent", ".cc-window", ".gdpr-banner"),
        '<div id="cookie-notice"><p>We use cookies.</p></div>',
    ),
    NodeRule(  # author boxes below the article
        (".author-box", ".about-author", ".author-bio", ".author-info", ".saboxplugin-wrap",
         ".post-author-box", ".author-card"),
        '<div class="author-box"><p>admin writes about everything.</p></div>',
    ),
    NodeRule(  # tag and category lists (WordPress, Drupal 7 and 8+, Ghost)
        (".tags-links", ".post-tags", ".entry-tags", ".tag-list", ".tagcloud", ".cat-links",
         ".field-name-field-tags", ".field--name-field-tags", ".post-full-tags"),
        '<span class="tags-links">Tagged <a href="/tag/x">x</a></span>',
    ),
    NodeRule(  # Drupal node links ("Log in to post comments", "Read more")
        ("ul.links.inline",),
        '<ul class="links inline"><li class="comment_forbidden">Log in to post comments</li></ul>',
    ),
    NodeRule(  # post navigation ("Previous post / Next post")
        (".post-navigation", ".nav-links", ".nav-previous", ".nav-next", "nav.navigation"),
        '<nav class="navigation post-navigation"><a rel="prev">Previous</a></nav>',
    ),
)

RELATED_HEADINGS: tuple[PhraseRule, ...] = (
    PhraseRule(r"(you (may|might) also like|related (posts|articles|stories)|more (stories|from)\b.*"
               r"|top stories|recommended( for you)?|read next|related)[.:…]*", "You may also like"),
    PhraseRule(r"(das könnte sie auch interessieren|mehr zum thema|weitere artikel|ähnliche beiträge)[.:…]*",
               "Das könnte Sie auch interessieren"),
    PhraseRule(r"(vous aimerez aussi|à lire aussi|articles similaires|sur le même sujet)[.:…]*",
               "Vous aimerez aussi"),
    PhraseRule(r"(también te puede interesar|te puede interesar|noticias relacionadas|artículos relacionados)[.:…]*",
               "También te puede interesar"),
    PhraseRule(r"(você (também )?pode gostar|posts relacionados|leia também|veja também)[.:…]*",
               "Você pode gostar..."),
    PhraseRule(r"(articoli correlati|(ti )?potrebbe(ro)? (anche )?interessar(ti|e)|leggi anche|altri articoli)[.:…]*",
               "Articoli correlati"),
)

PARAGRAPH_RULES: tuple[PhraseRule, ...] = (
    PhraseRule(r"source link|original article|fonte|quelle|fuente|source", "Source link"),
    PhraseRule(r"(advertisement|advertising|sponsored|anzeige|werbung|publicité|publicidad|publicidade|pubblicità)",
               "Advertisement"),
    PhraseRule(r"(scroll|continue reading|story continues) below( this)? (ad|advertisement)", "Story continues below advertisement"),
    PhraseRule(r"(share|share this( article| story)?|tweet|email|print|like this|teilen|partager|compartir|condividi)\s*:?",
               "Share this:"),
    PhraseRule(r"like this story\? share it with a friend!?", "Like this story? Share it with a friend!"),
    PhraseRule(r"(related|read more|read also|also read|see also|more|must read|don'?t miss|recommended"
               r"|lesen sie auch|mehr dazu|lire aussi|à lire aussi|lee también|leia também|leggi anche)(\s?:.{0,160})?",
               "READ MORE: China plague outbreak confirmed"),
    PhraseRule(r"also on [\w-]+\.[a-z]{2,6}\b.{0,160}", "Also on rt.com Journalists threatened with arrests"),
    PhraseRule(r"\[\s*related\s*:.{0,200}\]", "[Related: Salesforce Dreamforce Keynote]"),
    PhraseRule(r"(related posts?|you may also like|you might also like)(\s?:.{0,160})?",
               "Related post: Pickled Brussels Sprouts Recipe"),
    PhraseRule(r"the post .{1,250} appeared first on .{1,120}", "The post Cats rule appeared first on Cat News."),
    PhraseRule(r"der beitrag .{1,250} erschien zuerst auf .{1,120}", "Der Beitrag Katzen erschien zuerst auf Katzenblog."),
    PhraseRule(r"l[’']article .{1,250} est apparu en premier sur .{1,120}", "L’article Chats est apparu en premier sur Le Blog."),
    PhraseRule(r"la entrada .{1,250} (se publicó primero|apareció primero) en .{1,120}",
               "La entrada Gatos se publicó primero en El Blog."),
    PhraseRule(r"(this (article|story) (was )?(originally|first) (appeared|published) (on|in|at) .{1,160})",
               "This article originally appeared on The Conversation."),
    PhraseRule(r"(sign up|subscribe) (for|to) (our|the) .{0,60}newsletter.{0,120}", "Sign up for our daily newsletter."),
    PhraseRule(r"(iscriviti alla|abonnez-vous à|suscríbete a|assine a|abonnieren sie) (nostra |notre |nuestra |nossa |unseren? )?"
               r"(newsletter|boletín).{0,160}", "Iscriviti alla newsletter per ricevere le notizie."),
    PhraseRule(r"(©|\(c\)|copyright)\s?(©\s?)?\d{4}.{0,120}", "© 2022 World News Today"),
    PhraseRule(r"all rights reserved\.?", "All rights reserved."),
    PhraseRule(r"(\d+\s)?(comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti)\s*(\(\d+\))?",
               "12 comments"),
    PhraseRule(r"(log in|login|sign in|register) to (post|leave|add) (a )?comments?\.?", "Log in to post comments"),
    PhraseRule(r"(if you enjoyed this article|if you liked this (article|story)).{0,500}",
               "If you enjoyed this article, we have a proposition for you: Join us."),
    PhraseRule(r"(click|tap) here to .{0,80}", "Click here to subscribe."),
    PhraseRule(r"follow (us|me) on (twitter|facebook|instagram).{0,80}", "Follow us on Twitter."),
    PhraseRule(r"(loading|cargando|chargement|wird geladen)\s?(\.\.\.|…)?", "Loading..."),
    PhraseRule(r"tags?\s?:.{0,160}", "Tags: Ukraine, Russia"),
)

COMMENT_FORM_PHRASES: tuple[PhraseRule, ...] = (
    PhraseRule(r"leave a (reply|comment)( cancel reply)?", "Leave a Reply"),
    PhraseRule(r"your email address will not be published\..{0,120}",
               "Your email address will not be published. Required fields are marked *"),
    PhraseRule(r"required fields are marked \*?", "Required fields are marked *"),
    PhraseRule(r"save my name, email, and website in this browser.{0,80}",
               "Save my name, email, and website in this browser for the next time I comment."),
    PhraseRule(r"post comment|submit comment|cancel reply|notify me of (new|follow-up) .{0,80}", "Post Comment"),
    PhraseRule(r"(schreibe|hinterlasse) einen kommentar( antworten abbrechen)?|kommentar (schreiben|verfassen)",
               "Schreibe einen Kommentar"),
    PhraseRule(r"(deine|ihre) e-mail-adresse wird nicht veröffentlicht\..{0,120}",
               "Deine E-Mail-Adresse wird nicht veröffentlicht."),
    PhraseRule(r"erforderliche felder sind mit \* markiert\.?", "Erforderliche Felder sind mit * markiert"),
    PhraseRule(r"laisser un commentaire|laisser une réponse|répondre|annuler la réponse", "Laisser un commentaire"),
    PhraseRule(r"votre adresse (e-mail|de messagerie) ne sera pas publiée\..{0,120}",
               "Votre adresse e-mail ne sera pas publiée."),
    PhraseRule(r"les champs obligatoires sont indiqués avec \*\.?", "Les champs obligatoires sont indiqués avec *"),
    PhraseRule(r"deja una respuesta|deja un comentario|cancelar respuesta", "Deja una respuesta"),
    PhraseRule(r"tu dirección de correo electrónico no será publicada\..{0,120}",
               "Tu dirección de correo electrónico no será publicada."),
    PhraseRule(r"los campos obligatorios están marcados con \*\.?", "Los campos obligatorios están marcados con *"),
    PhraseRule(r"deixe (um comentário|uma resposta)|o seu endereço de e-mail não será publicado\..{0,120}",
               "Deixe um comentário"),
    PhraseRule(r"lascia (un commento|una risposta)|annulla risposta|il tuo indirizzo email non sarà pubblicato\..{0,120}",
               "Lascia un commento"),
)

THREAD_MARKERS: tuple[PhraseRule, ...] = (
    PhraseRule(r"(\d+\s)?(comments?|responses?|replies|kommentare|commentaires|comentarios|comentários|commenti)"
               r"( to .{1,160})?\s*:?", "3 responses to “Occupied regions announce votes”"),
    PhraseRule(r"(join|start) the (discussion|conversation)|discussion|diskussion", "Join the discussion"),
    PhraseRule(r"leave a (reply|comment)|(schreibe|hinterlasse) einen kommentar|laisser un commentaire"
               r"|deja una respuesta|deixe um comentário|lascia un commento", "Leave a Reply"),
)

CREDIT_RULES: tuple[PhraseRule, ...] = (
    PhraseRule(r"\(?\s*(additional )?reporting by [^.;)]{2,200}([;,] (additional reporting|writing|editing) by [^)]{2,200})*\)?\.?",
               "(Reporting by Greg Roumeliotis; Editing by Martin Howell)"),
    PhraseRule(r"[^.]{2,80} contributed (reporting|to this (report|story|article))( from [^.]{2,60})?\.",
               "Keith Bradsher contributed reporting from Hong Kong."),
    PhraseRule(r"\(?(writing|editing|compiled) by [^.]{2,200}\)?\.?", "Editing by Nick Zieminski"),
    PhraseRule(r"(source|sources|quelle|fuente|fonte)\s?:\s?\S.{0,80}", "Source: AP"),
    PhraseRule(r"more ap [a-z ]{2,20}:.{0,160}", "More AP NBA: https://apnews.com/NBA"),
    PhraseRule(r"[\w.+-]+@[\w-]+\.[\w.]+|(https?://)?(www\.)?twitter\.com/\w+", "paul.takahashi@chron.com"),
)

TRAILING_RULES: tuple[PhraseRule, ...] = (
    PhraseRule(r"source link\s*$", "This is what the fear of defeat looks like. Source link"),
    PhraseRule(r"leave a (reply|comment)\s*(cancel reply\s*)?(?=your email address will not be published).*$",
               "The end. Leave a Reply Your email address will not be published."),
    PhraseRule(r"your email address will not be published\..*$",
               "The end. Your email address will not be published. Required fields are marked *"),
    PhraseRule(r"the post .{1,250} appeared first on .{1,120}$",
               "The end. The post Cats rule appeared first on Cat News."),
)

LEAD_RULES: tuple[PhraseRule, ...] = (  # short lines at the top only, and never a sentence
    PhraseRule(r"(by|von|par|por|posted by|publicado por:?)\s+[^.!?]{2,80}", "By Patrick Shanley"),
    PhraseRule(r"[^.!?]{0,80}\b(\d{1,2}:\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b[^.!?]{0,160}",
               "5:45 AM PST 11/19/2019 by Patrick Shanley"),
    PhraseRule(r"((updated|published|posted)[^.!?]{0,20})?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
               r"[a-z]*\s+\d{1,2},?\s+\d{4}[^.!?]{0,80}", "Published November 18, 2019 by Joe Rossignol"),
)
