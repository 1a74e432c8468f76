"""The claim rules, one table per decision, on sentences written for the purpose.

Rows give a text and the claims expected from it; the examples follow the constructions of
the corpus but are not copied from it (the corpus itself is scored in test_gold.py).
"""

from __future__ import annotations

import pytest

from extract import extract_claims
from extract.attribution import find_mentions
from extract.claim import METRICS, PRECISIONS, QUALIFIERS


def claims(text: str, lang: str = "fr", published: str = "2025-04-30", **meta):
    return extract_claims(text, article_id="t", language=lang, published=published, **meta)


def figures(text: str, lang: str = "fr", published: str = "2025-04-30"):
    return [
        (c.metric, c.value_best, c.value_low, c.value_high) for c in claims(text, lang, published)
    ]


# --- metric: what is counted ------------------------------------------------------------

METRIC_ROWS = [
    # "holds", "is holding" before a count: prisoners
    ("en", "Ukraine holds two North Korean soldiers, Kyiv said.", [("captured", 2)]),
    ("en", "Ukraine is holding about 6,000 Russian soldiers, Kyiv said.", [("captured", 6000)]),
    ("en", "Ukraine says it holds about 6,000 Russian soldiers.", [("captured", 6000)]),
    ("en", "Kyiv says it holds two, captured in January.", [("captured", 2)]),
    (  # the head noun after demonyms keeps a condition after it off the count
        "en",
        "Ukraine says it still holds two North Korean prisoners and has offered to send them "
        "to South Korea if they ask.",
        [("captured", 2)],
    ),
    # a return in a relative clause about other units leaves the figure a deployment
    (
        "en",
        "The JCS said around 3,000 North Korean soldiers had arrived in Russia to take the place "
        "of units that had been sent home, and that the overall number of North Korean troops "
        "there remained at about 10,000.",
        [("deployed", 3000), ("deployed", 10000)],
    ),
    (
        "fr",
        "Selon le JCS, environ 3 000 soldats nord-coréens sont arrivés en Russie pour remplacer "
        "des unités qui sont rentrées au pays.",
        [("deployed", 3000)],
    ),
    # a bare figure compared with the claim of the sentence before, or counted by a pronoun
    # standing for its troops, counts what that claim counted
    (
        "en",
        "The NIS said about 9,000 North Korean soldiers remain in Russia. That is down from "
        "13,000 in June, the agency said.",
        [("deployed", 9000), ("deployed", 13000)],
    ),
    (
        "fr",
        "Selon le NIS, 10 000 soldats nord-coréens restaient en Russie. Le GUR estimait mardi "
        "qu'ils étaient près de 11 000.",
        [("deployed", 10000), ("deployed", 11000)],
    ),
    (
        "en",
        "The NIS said 10,000 North Korean soldiers remained in Russia. Kyiv says they are "
        "closer to 11,000.",
        [("deployed", 10000), ("deployed", 11000)],
    ),
    (  # guard: a share with no whole in its sentence is no comparison
        "fr",
        "Selon Kiev, 3 000 soldats nord-coréens ont été tués. Les habitants de Koursk, dont "
        "plus de 100 000 avaient été évacués, reviennent.",
        [("killed", 3000)],
    ),
    # a metric noun whose complement the figure is governs it; a metric word modifying the
    # troop noun after the figure does not ("the capture of two wounded soldiers")
    ("fr", "Kiev a annoncé la capture de deux soldats nord-coréens blessés.", [("captured", 2)]),
    ("en", "Kyiv announced the capture of two wounded North Korean soldiers.", [("captured", 2)]),
    ("en", "Kyiv said 300 wounded North Korean soldiers were evacuated.", [("wounded", 300)]),
    (
        "fr",
        "Selon Pyongyang, neuf militaires de cette unité avaient perdu la vie.",
        [("killed", 9)],
    ),
    (
        "fr",
        "Kiev affirme avoir éliminé une nonantaine de militaires nord-coréens.",
        [("killed", 90)],
    ),
    ("en", "Kyiv says North Korea sent some 12,000-odd troops to Russia.", [("deployed", 12000)]),
    (
        "en",
        "The NIS said the total number of North Korean casualties, including the wounded, now "
        "exceeds 6,000.",
        [("casualties", 6000)],
    ),
    (
        "en",
        "The NIS counted 4,700 casualties, including 600 dead.",
        [("casualties", 4700), ("killed", 600)],
    ),
    # A word in apposition after a comma is weaker than one governing the figure; alone, it
    # still counts it.
    (
        "fr",
        "Selon Kiev, la capture de deux soldats nord-coréens, blessés, a été annoncée samedi.",
        [("captured", 2)],
    ),
    ("fr", "Kiev en détient deux, capturés en janvier.", [("captured", 2)]),
    ("en", "Kyiv said 300 North Korean soldiers, killed in Kursk, were buried.", [("killed", 300)]),
    # A metric word naming a part the total includes is not what the figure counts.
    (
        "fr",
        "Selon le NIS, le total des pertes, blessés compris, atteindrait 4 700.",
        [("casualties", 4700)],
    ),
    (
        "en",
        "The NIS said total losses, wounded included, had reached 4,700.",
        [("casualties", 4700)],
    ),
    # A figure opening a line, its colon, then what it is the number of.
    (
        "fr",
        "Retour en chiffres.\n\n15 000 : c'est, selon le NIS, le nombre de militaires envoyés "
        "en Russie.",
        [("deployed", 15000)],
    ),
    (
        "en",
        "The numbers.\n\n15,000: that is, according to the NIS, the number of troops sent to "
        "Russia.",
        [("deployed", 15000)],
    ),
    # A figure standing alone, then the sentence that says what it is the number of (a
    # newsletter's figures of the week).
    (
        "fr",
        "Bonjour.\n\nEnviron 2 000. C'est le nombre de soldats nord-coréens tués, selon le NIS."
        "\n\nDeux. Ce sont les prisonniers nord-coréens encore détenus par l'Ukraine.",
        [("killed", 2000), ("captured", 2)],
    ),
    (
        "en",
        "The numbers.\n\n11,000. That is how many North Korean troops remain in Russia.\n\n"
        "Two. These are the North Korean prisoners Ukraine still holds.",
        [("deployed", 11000), ("captured", 2)],
    ),
    # A country's nationals are counted by a metric word, and are no troops alone.
    (
        "en",
        "Twelve Indian nationals have been killed while serving with the Russian army.",
        [("killed", 12)],
    ),
    ("fr", "Selon Katmandou, quatre ressortissants népalais ont été tués.", [("killed", 4)]),
    ("en", "India said it had evacuated 4,000 nationals from the war zone.", []),
    # A small figure opening its clause, an auxiliary, then the loss: its subject.
    (
        "en",
        "India said 91 Indians had been recruited and eight had died.",
        [("deployed", 91), ("killed", 8)],
    ),
    (
        "fr",
        "Selon le ministre, 22 Népalais ont été tués. Quatre autres ont été blessés.",
        [("killed", 22), ("wounded", 4)],
    ),
    # not someone ("One was wounded"), nor a ratio's second figure
    ("en", "Two soldiers were captured. One was wounded in the jaw.", [("captured", 2)]),
    ("fr", "Environ un soldat sur huit aurait été tué, selon Séoul.", []),
    # Men recruited into an army, serving with it, held by the enemy.
    (
        "fr",
        "Selon Katmandou, 35 Népalais avaient été recrutés par l'armée russe.",
        [("deployed", 35)],
    ),
    (
        "fr",
        "L'armée russe, qui recrute chaque mois des dizaines de milliers de contractuels, "
        "manque de fantassins.",
        [],
    ),
    (
        "en",
        "Of those, 26 had been killed and 44 were still serving.",
        [("killed", 26), ("deployed", 44)],
    ),
    (
        "en",
        "Kyiv said more than 8,000 Ukrainian servicemen are held by Russia.",
        [("captured", 8000)],
    ),
    # a verb of the figure's metric before it, its noun right after: the noun counts
    ("fr", "L'Ukraine détient deux prisonniers nord-coréens.", [("captured", 2)]),
    # troops joined to a loss before them count the same loss
    (
        "en",
        "The rebel alliance said it had killed 84 Wagner fighters and 47 Malian soldiers.",
        [("killed", 84), ("killed", 47)],
    ),
    (
        "fr",
        "Leur porte-parole a affirmé avoir tué 84 combattants de Wagner et 47 militaires maliens.",
        [("killed", 84), ("killed", 47)],
    ),
    (
        "en",
        "Kyiv said it killed 300 soldiers and that 5,000 troops remain.",
        [("killed", 300), ("deployed", 5000)],
    ),
    (
        "en",
        "Russia's embassy said 1,890 Russian instructors were in the country.",
        [("deployed", 1890)],
    ),
    # at the front: sent there
    ("en", "Kyiv said about 2,600 of them are expected at the front.", [("deployed", 2600)]),
    ("fr", "Selon Kiev, des milliers de Nord-Coréens sont encore au front.", [("deployed", 2000)]),
    (
        "fr",
        "Antony Blinken avait estimé que jusqu'à 8 000 d'entre eux s'y trouvaient.",
        [("deployed", 8000)],
    ),
    (
        "fr",
        "Choïgou a déclaré que la Corée du Nord allait envoyer 6 000 militaires, dont 1 000 "
        "démineurs et 5 000 ouvriers du génie.",
        [("deployed", 6000), ("deployed", 1000), ("deployed", 5000)],
    ),
    # a loss among civilians is no troops' loss
    ("fr", "Un drone a frappé un immeuble, faisant deux blessés parmi les habitants.", []),
    ("en", "A drone hit a building, leaving two wounded among the residents.", []),
    ("en", "Kyiv said 300 were killed among the North Korean troops.", [("killed", 300)]),
    ("fr", "Selon KCNA, neuf militaires « tombés en héros » ont été honorés.", [("killed", 9)]),
    # relatives of the men counted are not the men
    ("fr", "Plusieurs centaines de proches de soldats enrôlés ont manifesté mardi.", []),
    # Without such an opening, the sentence after a lone figure does not label it.
    ("fr", "Combien ? Environ 2 000. Les soldats tués sont enterrés à Pyongyang.", []),
    ("en", "How many? About 2,000. Soldiers killed in Kursk are buried in Pyongyang.", []),
    # Still in the hands of: held, not deployed.
    (
        "fr",
        "Selon Kiev, plus de 8 000 militaires ukrainiens seraient toujours aux mains de la Russie.",
        [("captured", 8000)],
    ),
    ("en", "Kyiv said 8,000 Ukrainian soldiers were still in Russian hands.", [("captured", 8000)]),
    # An army's size is no claim; its losses are.
    (
        "fr",
        "Selon Séoul, son armée compte plus d'un million d'hommes, donc il peut envoyer 20 000 "
        "soldats de plus.",
        [("deployed", 20000)],
    ),
    ("en", "Its army numbers more than a million soldiers, Seoul said.", []),
    ("en", "Kyiv said the Russian army had lost 62,400 troops in Kursk.", [("casualties", 62400)]),
    # A unit sent and the men it holds ("fort de", masculine) is a deployment; an army's
    # size ("forte de") is not a claim.
    (
        "fr",
        "Selon le GUR, un contingent de sapeurs nord-coréens, fort d'environ 1 000 hommes, "
        "restait déployé à Koursk.",
        [("deployed", 1000)],
    ),
    (
        "fr",
        "Selon Kiev, l'armée nord-coréenne, forte de plus d'un million d'hommes, pourrait "
        "envoyer davantage de soldats.",
        [],
    ),
    ("fr", "Selon Kiev, 300 soldats nord-coréens ont été tués.", [("killed", 300)]),
    ("fr", "Selon Kiev, 2 700 militaires ont été blessés.", [("wounded", 2700)]),
    ("fr", "Selon Kiev, 30 soldats ont été mis hors de combat.", [("casualties", 30)]),
    ("fr", "Selon Kiev, 400 soldats ont été tués ou blessés.", [("casualties", 400)]),
    # killed, wounded or captured together: put out of action
    ("fr", "Kiev dit avoir tué, blessé ou capturé 4 500 soldats.", [("casualties", 4500)]),
    ("en", "Kyiv said 4,500 soldiers were killed, wounded or captured.", [("casualties", 4500)]),
    ("en", "Kyiv said it put 4,500 soldiers out of action.", [("casualties", 4500)]),
    ("en", "Tehran spoke of 70,000 Iraqis in its hands.", [("captured", 70000)]),
    (
        "fr",
        "Selon Séoul, l'armée a subi 4 700 pertes, dont environ 600 morts.",
        [("casualties", 4700), ("killed", 600)],
    ),
    ("fr", "Kiev affirme avoir fait 2 prisonniers nord-coréens.", [("captured", 2)]),
    ("en", "Officials say a dozen North Koreans are in Ukrainian hands.", [("captured", 12)]),
    ("en", "The NIS says fewer than 10,000 remain there today.", [("deployed", 10000)]),
    (
        "en",
        "Kyiv says 2,000 North Korean artillerymen are firing into Sumy.",
        [("deployed", 2000)],
    ),
    (
        "fr",
        "Selon Kiev, une douzaine de Nord-Coréens sont aux mains ukrainiennes.",
        [("captured", 12)],
    ),
    ("fr", "Selon Séoul, Pyongyang a envoyé 11 000 soldats en Russie.", [("deployed", 11000)]),
    ("en", "Kyiv said 1,200 North Korean troops were killed.", [("killed", 1200)]),
    ("en", "Kyiv said two North Korean soldiers were captured.", [("captured", 2)]),
    (
        "en",
        "Seoul says about 1,100 casualties, including at least 100 dead.",
        [("casualties", 1100), ("killed", 100)],
    ),
    ("en", "Officials said 8,000 soldiers have been deployed to the border.", [("deployed", 8000)]),
    ("en", "Kyiv said 2,000 troops had been killed or wounded.", [("casualties", 2000)]),
    ("en", "Kyiv said 2,000 troops had been wounded or killed.", [("casualties", 2000)]),
    ("fr", "Selon Séoul, 4 700 soldats ont été blessés ou tués.", [("casualties", 4700)]),
    ("en", "Kyiv reported a death toll of more than 46,000.", [("killed", 46000)]),
    # A metric word after a complementizer belongs to another clause, here the next figure's.
    (
        "en",
        "The NIS said 3,000 North Korean soldiers were in Russia, and that Pyongyang intended "
        "to send around 10,000 in all.",
        [("deployed", 3000), ("deployed", 10000)],
    ),
    ("en", '"Nine of our comrades gave their lives on that soil," Kim said.', [("killed", 9)]),
    (
        "fr",
        "Selon Séoul, des centaines d'officiers nord-coréens seraient répartis dans les "
        "états-majors russes.",
        [("deployed", 200)],
    ),
    (
        "en",
        "A Pentagon spokeswoman said roughly 10,000 had moved into the Kursk region.",
        [("deployed", 10000)],
    ),
    # A demonym used as a noun counts people: "12,000 North Koreans", "11 000 Nord-Coréens".
    ("en", "Kyiv said 12,000 North Koreans were being readied.", [("deployed", 12000)]),
    ("fr", "Kiev avait évoqué 11 000 Nord-Coréens dans la région.", [("deployed", 11000)]),
    ("en", "Kyiv said 3,000 North Koreans were killed.", [("killed", 3000)]),
    # A share with its own metric word after an auxiliary keeps it.
    (
        "en",
        "Kyiv said Russia lost 62,400 men in Kursk, of whom 25,200 were killed.",
        [("casualties", 62400), ("killed", 25200)],
    ),
    (
        "fr",
        "Selon Kiev, la Russie a perdu 62 400 hommes, dont 25 200 ont été tués.",
        [("casualties", 62400), ("killed", 25200)],
    ),
    # A coordinated figure with no metric word counts what the one before counted; one with
    # its own metric word keeps it.
    (
        "en",
        "Zelensky spoke of 3,000 casualties in December and 4,000 by early January.",
        [("casualties", 3000), ("casualties", 4000)],
    ),
    (
        "en",
        "Officials said 11,000 soldiers were sent, and about 1,000 of them are believed to "
        "have died.",
        [("deployed", 11000), ("killed", 1000)],
    ),
    (
        "fr",
        "Selon Kiev, 3 000 soldats ont été tués en décembre et 4 000 en janvier.",
        [("killed", 3000), ("killed", 4000)],
    ),
    # The figure an estimate is compared with counts the same thing, with or without "the".
    (
        "en",
        "The Pentagon said 11,000 North Korean troops were in Russia, up from the 8,000 cited.",
        [("deployed", 11000), ("deployed", 8000)],
    ),
    (
        "fr",
        "Selon le NIS, 11 000 soldats nord-coréens sont en Russie, contre les 8 000 évoqués.",
        [("deployed", 11000), ("deployed", 8000)],
    ),
    # A figure opening a line of a list is labelled by the words after its colon.
    (
        "en",
        "THE NUMBERS\n• 10,000 or so: North Korean troops still in Russia, by Seoul's count.",
        [("deployed", 10000)],
    ),
    (
        "fr",
        "En chiffres\n- 2 000 : soldats nord-coréens en Russie, selon Kiev.",
        [("deployed", 2000)],
    ),
    # Capture as a noun, serving somewhere, engineers.
    ("en", "Seoul confirmed the capture of two North Korean soldiers.", [("captured", 2)]),
    ("en", "Kyiv says as many as 16,000 had served in Russia.", [("deployed", 16000)]),
    ("en", "KCNA said nine engineers were killed in demining work.", [("killed", 9)]),
    # Staying somewhere, being held.
    ("en", "Seoul said about 10,000 remain in Russia.", [("deployed", 10000)]),
    ("en", "Kyiv said some 1,500 North Korean drone operators were there.", [("deployed", 1500)]),
    ("fr", "Selon Séoul, 10 000 restent en Russie.", [("deployed", 10000)]),
    ("fr", "Selon Kiev, deux soldats nord-coréens sont détenus en Ukraine.", [("captured", 2)]),
    (
        "fr",
        "Selon Kiev, des milliers de soldats ukrainiens restent aux mains de Moscou.",
        [("captured", 2000)],
    ),
    # "The number of" troops named before the figure: a deployment.
    (
        "en",
        "The JCS said the number of North Korean troops in Russia had fallen to about 9,000.",
        [("deployed", 9000)],
    ),
    (
        "en",
        "The NIS said the move brings the number of engineering troops there to about 6,000.",
        [("deployed", 6000)],
    ),
    (
        "fr",
        "Selon Séoul, le nombre de Nord-Coréens en Russie est tombé à environ 9 000.",
        [("deployed", 9000)],
    ),
    ("en", "The NIS said the number of drones had reached about 9,000.", []),
    # A series counts what its first figure counted ("from ... to ..., ... and ...").
    (
        "en",
        "The NIS count of the dead rose from at least 100 in December to roughly 300 in "
        "January, around 600 in April and about 2,000 in September.",
        [("killed", 100), ("killed", 300), ("killed", 600), ("killed", 2000)],
    ),
    (
        "fr",
        "Selon le NIS, le bilan des morts est passé de 100 en décembre à 300 en janvier, 600 en "
        "avril et 2 000 en septembre.",
        [("killed", 100), ("killed", 300), ("killed", 600), ("killed", 2000)],
    ),
    # A ratio is no count.
    ("fr", "Selon Kiev, un rapport de 1 à 3 entre tués et blessés est courant.", []),
    ("en", "Kyiv says one to three killed to wounded is common in such wars.", []),
    # A metric word past another number is not the figure's ("40% of the force").
    (
        "en",
        "North Korean casualties, killed and wounded together, exceeded 6,000, or roughly 40% "
        "of the force, Britain said.",
        [("casualties", 6000)],
    ),
    # A metric word in the next clause, right before the next figure, is that one's.
    (
        "en",
        "Officials said 9,000 troops remain, and the number killed stands at about 2,000.",
        [("deployed", 9000), ("killed", 2000)],
    ),
    (
        "en",
        "Officials put the number of troops still in Russia at fewer than 9,000, and the "
        "number killed at well over 2,000.",
        [("deployed", 9000), ("killed", 2000)],
    ),
    # A force of so many is a deployment.
    (
        "en",
        "About 1,000 are believed to have been killed, out of a force of some 11,000.",
        [("killed", 1000), ("deployed", 11000)],
    ),
    (
        "fr",
        "Environ 1 000 auraient été tués, sur une force d'environ 11 000 hommes.",
        [("killed", 1000), ("deployed", 11000)],
    ),
    # A metric word past "but" is another clause's.
    (
        "en",
        "A NATO official said the alliance still counted at least 10,000 North Korean troops in "
        "Russia but declined to give a casualty figure.",
        [("deployed", 10000)],
    ),
    # The word closing a carry cue is the speaker's verb ("it added"), not a deployment.
    (
        "en",
        "Seoul's spy agency briefed lawmakers on Monday. The death toll, it added, now stands at "
        "roughly 2,300.",
        [("killed", 2300)],
    ),
    # ... but a metric word inside a longer cue still counts ("They put the death toll at").
    (
        "en",
        "Seoul's spy chiefs are more cautious. They put the death toll at around 600 in April.",
        [("killed", 600)],
    ),
    # Passing through a country is a deployment; remaining in captivity is a capture.
    (
        "en",
        "A think tank estimates that between 12,000 and 15,000 North Korean soldiers have rotated "
        "through Russia.",
        [("deployed", 12000)],
    ),
    (
        "fr",
        "Je pense qu'au moins 25 000 Nord-Coréens sont passés par la Russie depuis l'automne 2024.",
        [("deployed", 25000)],
    ),
    (
        "en",
        "Kyiv wants Ukrainians held in Russia, where more than 7,000 Ukrainian servicemen "
        "remain in captivity.",
        [("captured", 7000)],
    ),
    (
        "fr",
        "Le bilan des pertes russes dépassait ce vendredi 1,35 million de tués et de blessés.",
        [("casualties", 1350000)],
    ),
    # The buried are dead.
    (
        "en",
        "A Russian lawmaker let slip that a few hundred Korean comrades had been buried with "
        "honours.",
        [("killed", 200)],
    ),
    (
        "fr",
        "Un député russe a laissé échapper que quelques centaines de camarades coréens avaient été "
        "inhumés avec les honneurs.",
        [("killed", 200)],
    ),
    ("fr", "Selon KCNA, neuf de ses membres ont été tués.", [("killed", 9)]),
    ("fr", "Selon KCNA, quatorze d'entre eux ont trouvé la mort.", [("killed", 14)]),
    ("en", "KCNA said nine of the regiment's soldiers had been killed.", [("killed", 9)]),
    # a part of a whole figure takes the metric the clause gives past the whole's own
    (
        "en",
        "The NIS said that more than 3,000 of the roughly 11,000 North Korean soldiers sent to "
        "Russia had now been killed or wounded.",
        [("casualties", 3000), ("deployed", 11000)],
    ),
    (
        "fr",
        "Selon le NIS, plus de 3 000 des quelque 11 000 soldats envoyés en Russie ont été tués "
        "ou blessés.",
        [("casualties", 3000), ("deployed", 11000)],
    ),
    (
        "en",
        "About 3,000 of the 11,000 soldiers had been killed.",
        [("killed", 3000), ("deployed", 11000)],
    ),
    # a noun of events, though a metric word, counts no one ("two deployments")
    (
        "en",
        "The NIS says about 15,000 soldiers have been sent in two deployments.",
        [("deployed", 15000)],
    ),
    # a partitive's metric word names the whole; the one later in the clause, the part
    (
        "en",
        "Defence Intelligence assessed that around 2,500 of those casualties were deaths.",
        [("killed", 2500)],
    ),
    ("en", "About 300 of those soldiers were killed.", [("killed", 300)]),
    # a day's losses are not a claim; the total they add to is
    (
        "en",
        "Russia had lost about 890,000 troops since the invasion, Kyiv said, including 1,260 "
        "over the past day.",
        [("casualties", 890000)],
    ),
    (
        "fr",
        "Le Pentagone estimait qu'environ 10 000 d'entre eux avaient gagné la région de Koursk.",
        [("deployed", 10000)],
    ),
    (
        "en",
        "Blinken said as many as 8,000 of them had been moved up to Kursk.",
        [("deployed", 8000)],
    ),
    (
        "en",
        "Seoul's spy agency says the first group of 1,500 crossed into Russia's Far East.",
        [("deployed", 1500)],
    ),
    # A small spelled-out figure counts people taken up by a partitive pronoun.
    (
        "fr",
        "Le dirigeant a rendu hommage aux sapeurs, et à neuf d'entre eux, tués pendant la mission.",
        [("killed", 9)],
    ),
    ("en", "North Korean troops fought in Kursk. Three of them were captured.", [("captured", 3)]),
    ("en", "One of them told interrogators he had believed he was being sent to train.", []),
    ("en", "One of the soldiers captured in January told interrogators he was sent to train.", []),
    # remains, the fallen
    (
        "en",
        "The remains of 112 servicemen who fell heroically were flown home, KCNA said.",
        [("killed", 112)],
    ),
    # a loss verb before, a killed word after the figure's noun: the killed
    (
        "en",
        "NATO estimates North Korea's forces have lost about 2,500 soldiers killed.",
        [("killed", 2500)],
    ),
    # a bare object figure counts the metric word named before its verb in the sentence
    (
        "fr",
        "Pyongyang n'a jamais publié le nombre de ses morts, que le renseignement sud-coréen "
        "estime à environ 2 000.",
        [("killed", 2000)],
    ),
    # ... unless that figure is a small word that counts no one ("en deux vagues").
    (
        "fr",
        "Selon le NIS : environ 15 000 hommes, envoyés en deux vagues.",
        [("deployed", 15000)],
    ),
    (
        "en",
        "Ukraine's military intelligence said that between 12,000 and 14,000 North Korean "
        "soldiers were on Russian soil.",
        [("deployed", 12000)],
    ),
    (
        "en",
        "Volodymyr Zelensky put the number already gathered in Kursk at 11,000 on November 4.",
        [("deployed", 11000)],
    ),
    (
        "fr",
        "Selon Washington, 8 000 soldats nord-coréens étaient massés dans la région de Koursk.",
        [("deployed", 8000)],
    ),
    (
        "fr",
        "Le GUR affirmait que plus de 7 000 d'entre eux avaient été rapprochés de la frontière "
        "ukrainienne.",
        [("deployed", 7000)],
    ),
    (  # a bare figure a pronoun's verb takes as object: the troops named before it
        "en",
        "The NIS counted 11,000 soldiers. The agency leaves out the construction troops and "
        "deminers, whom it estimates at about 4,000.",
        [("deployed", 11000), ("deployed", 4000)],
    ),
    (
        "fr",
        "Depuis, au moins 15 000 d'entre eux ont franchi la frontière.",
        [("deployed", 15000)],
    ),
    # "put the figure at": the figure counts what the claim before counted.
    (
        "en",
        "Zelensky said on December 23 that more than 3,000 North Koreans had been killed or "
        "wounded. Two weeks later he put the figure at 3,800.",
        [("casualties", 3000), ("casualties", 3800)],
    ),
    (
        "fr",
        "Zelensky a affirmé le 23 décembre que plus de 3 000 Nord-Coréens avaient été tués ou "
        "blessés. Deux semaines plus tard, il portait le chiffre à 3 800.",
        [("casualties", 3000), ("casualties", 3800)],
    ),
    # « détient »: holds prisoners (« Kiev en détient deux, capturés » is above).
    ("fr", "L'Ukraine détient « plusieurs milliers » de soldats russes.", [("captured", 2000)]),
    (  # "the North Korean force in Russia at" (not "the air force")
        "en",
        "By mid-November, Washington put the North Korean force in Russia at about 11,000.",
        [("deployed", 11000)],
    ),
    (  # "the number in <place> at"
        "en",
        "Some 11,000 North Korean troops are in Russia, a South Korean official said. In Kyiv, "
        "President Zelenskiy had put the number in Kursk at 12,000 last Thursday.",
        [("deployed", 11000), ("deployed", 12000)],
    ),
    (
        "fr",
        "Environ 11 000 soldats nord-coréens sont en Russie, selon le NIS. Zelensky portait le "
        "nombre à Koursk à 12 000 jeudi dernier.",
        [("deployed", 11000), ("deployed", 12000)],
    ),
    (  # ... not a figure the words after "the figure" count
        "en",
        "Kyiv says 100,000 North Korean soldiers have died. A video repeating the figure has "
        "drawn some 1.2 million views.",
        [("killed", 100000)],
    ),
    (  # "remained," at the end of its clause: still there
        "en",
        "The NIS told lawmakers in January that about 10,000 remained, most of them guarding the "
        "border.",
        [("deployed", 10000)],
    ),
    # The fallen are the dead; fallen into someone's hands, the captured.
    (
        "fr",
        "Sur le mur sont gravés, selon KCNA, les noms de 2 147 militaires tombés « pour la "
        "justice ».",
        [("killed", 2147)],
    ),
    (
        "fr",
        "Selon Kiev, des milliers de héros tombés pour Koursk sont honorés à Pyongyang.",
        [("killed", 2000)],
    ),
    ("fr", "Selon Kiev, 2 000 soldats sont tombés aux mains des Ukrainiens.", [("captured", 2000)]),
    ("en", "The wall bears the names of 2,147 fallen soldiers, KCNA said.", [("killed", 2147)]),
    # A sending participle qualifies the noun; the loss after an auxiliary is the verb.
    (
        "fr",
        "Quelque 2 000 soldats nord-coréens envoyés combattre aux côtés de la Russie ont été tués, "
        "selon le NIS.",
        [("killed", 2000)],
    ),
    (
        "en",
        "The officials said about 300 of the engineers sent earlier had been killed or wounded.",
        [("casualties", 300)],
    ),
    (  # the sending is the verb: "ont été envoyés"
        "fr",
        "Selon le NIS, 2 000 soldats ont été envoyés en Russie, où beaucoup ont été tués.",
        [("deployed", 2000)],
    ),
    # ... and in a relative clause right after the noun, the sending describes it
    (
        "en",
        "About 300 North Korean soldiers who were sent to Kursk have been killed, the NIS said.",
        [("killed", 300)],
    ),
    (
        "fr",
        "Quelque 300 soldats nord-coréens qui avaient été envoyés à Koursk ont été tués, selon le "
        "NIS.",
        [("killed", 300)],
    ),
    (  # no loss after the relative clause: the sending is all there is
        "en",
        "About 300 North Korean soldiers who were sent to Kursk are now clearing mines, the NIS "
        "said.",
        [("deployed", 300)],
    ),
    # A metric word naming a period's start counts nothing.
    (
        "fr",
        "Depuis le début du déploiement, environ 2 300 militaires nord-coréens auraient été tués "
        "et quelque 5 000 blessés, selon l'agence.",
        [("killed", 2300), ("wounded", 5000)],
    ),
    (
        "en",
        "Moscow has shipped more than 1 million barrels of oil to the North since the deployment "
        "began, according to the agency.",
        [],
    ),
    (  # "depuis Pyongyang" is a place: the sending still counts
        "fr",
        "Choïgou a annoncé depuis Pyongyang l'envoi de 1 000 démineurs.",
        [("deployed", 1000)],
    ),
    # "put A at N and B at M": the metric past the conjunction is the next figure's.
    (
        "en",
        "The NIS had put the number of North Korean troops still in Russia at around 7,000 and "
        "the number killed since 2024 at about 2,500.",
        [("deployed", 7000), ("killed", 2500)],
    ),
    (
        "fr",
        "Le NIS a évalué le nombre de soldats nord-coréens encore en Russie à environ 7 000 et le "
        "nombre de tués depuis 2024 à environ 2 500.",
        [("deployed", 7000), ("killed", 2500)],
    ),
    # held in a country, in its captivity, detained: prisoners
    (
        "en",
        "Kyiv says more than 8,000 Ukrainian servicemen were still held in Russia.",
        [("captured", 8000)],
    ),
    (
        "en",
        "Ukraine says thousands of its own soldiers remain in Russian captivity.",
        [("captured", 2000)],
    ),
    (
        "fr",
        "Le ministère russe de la Défense affirmait détenir plus de 6 000 militaires ukrainiens.",
        [("captured", 6000)],
    ),
    # rebels, insurgents, militants are counted as troops are
    ("fr", "Dix insurgés ont été tués lors de l'assaut.", [("killed", 10)]),
    ("en", "The army said it had killed 300 rebels.", [("killed", 300)]),
    # a munition modifying a troop noun is no munition counted
    (
        "en",
        "North Korea has sent about 1,000 rocket artillery specialists to Russia, the NIS said.",
        [("deployed", 1000)],
    ),
    # the enemy bodies a unit counted are its dead
    ("en", "American units had counted about 600 enemy bodies around the city.", [("killed", 600)]),
    # hostages and detentions are prisoners; more words of death
    ("en", "Bosnian Serb troops had detained about 30 Dutch soldiers.", [("captured", 30)]),
    ("en", "Some 400 peacekeepers were taken hostage.", [("captured", 400)]),
    (
        "fr",
        "Les Serbes de Bosnie prennent plus de 350 casques bleus en otages.",
        [("captured", 350)],
    ),
    (
        "fr",
        "Les Serbes retenaient lundi soir 199 casques bleus et observateurs militaires.",
        [("captured", 199)],
    ),
    ("fr", "Une trentaine de casques bleus sont toujours retenus.", [("captured", 30)]),
    ("fr", "Le chiffre retenu de 10 000 soldats est contesté.", [("deployed", 10000)]),
    (
        "fr",
        "Le Tchad affirme avoir réussi à tuer un millier de jihadistes.",
        [("killed", 1000)],
    ),
    (
        "fr",
        "Neuf mille appelés sont partis, et 312 d'entre eux y ont laissé la vie.",
        [("deployed", 9000), ("killed", 312)],
    ),
    ("fr", "Alger revendique un million et demi de martyrs.", [("killed", 1500000)]),
    ("en", "Algiers speaks of one and a half million martyrs.", [("killed", 1500000)]),
    (  # civilians' lives are no claim
        "en",
        "Floods killed at least 14 people, two years after a disaster claimed more than 200 lives.",
        [],
    ),
    # "others" with its auxiliary left out still opens the loss
    (
        "en",
        "Three soldiers were killed and four others wounded.",
        [("killed", 3), ("wounded", 4)],
    ),
    (
        "en",
        "48 militants had been killed and two others captured alive.",
        [("killed", 48), ("captured", 2)],
    ),
    # past a conjunction, a loss verb right before the next figure governs that one; « ne
    # ... que » after a loss restricts, it opens no clause
    (
        "fr",
        "Le mouvement affirme n'avoir perdu qu'une centaine de combattants et avoir tué plus de "
        "600 soldats indiens.",
        [("killed", 100), ("killed", 600)],
    ),
    (
        "en",
        "SIGAR reported that 6,785 soldiers and police had been killed and 11,777 wounded.",
        [("killed", 6785), ("wounded", 11777)],
    ),
    # troops coming home from a prisoner exchange were prisoners; missing ones were not
    (
        "en",
        "In the third round of the swap on Sunday, Zelensky said 303 Ukrainian servicemen had "
        "returned home.",
        [("captured", 303)],
    ),
    (
        "fr",
        "Lors du précédent échange, Kiev avait annoncé le retour de 146 militaires.",
        [("captured", 146)],
    ),
    (
        "fr",
        "Malgré les échanges, plus de 1 500 militaires américains restent portés disparus.",
        [],
    ),
    ("en", "Zelensky said 303 Ukrainian servicemen had returned home.", []),
    (
        "en",
        "The largest exchange brought home 230 Ukrainian soldiers and 248 Russian servicemen.",
        [("captured", 230), ("captured", 248)],
    ),
    # "the loss of" a number of men is their death; glossed "killed or wounded", both
    ("en", "The YPG acknowledged the loss of eight of its own fighters.", [("killed", 8)]),
    (
        "en",
        "The army cleared three villages, for the loss of nine soldiers killed or wounded.",
        [("casualties", 9)],
    ),
    (
        "en",
        "Some 3,000 Hezbollah fighters led the assault, blaming the movement for the loss of "
        "the town.",
        [("deployed", 3000)],
    ),
    # positions are posts, not people
    (
        "en",
        "UNIFIL has about 10,000 peacekeepers deployed in some 50 positions.",
        [("deployed", 10000)],
    ),
    # "six others" right after six is another six, not the first restated
    (
        "fr",
        "Vendredi, le ministère a annoncé la mort de six soldats.\n\nSamedi, six autres "
        "militaires ont été tués dans une seconde attaque.",
        [("killed", 6), ("killed", 6)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), METRIC_ROWS, ids=[r[1] for r in METRIC_ROWS])
def test_metric(lang, text, expected):
    found = claims(text, lang)
    assert [
        (c.metric, c.value_best if c.value_best is not None else c.value_low) for c in found
    ] == expected


# --- figures and qualifiers --------------------------------------------------------------

QUALIFIER_ROWS = [
    (
        "en",
        "Kyiv says Russian losses have gone north of 700,000 troops killed and wounded.",
        (700000, 700000, None, "at_least"),
    ),
    ("en", "Kyiv put the dead at a little over 5,000.", (5000, 5000, None, "at_least")),
    ("en", "Kyiv says North Korea sent some 12,000-odd troops.", (12000, None, None, "approx")),
    ("fr", "Selon le NIS, le nombre de blessés dépasserait 8 000.", (8000, 8000, None, "at_least")),
    (
        "fr",
        "Selon Kiev, les pertes russes dépasseraient les 18 000 hommes.",
        (18000, 18000, None, "at_least"),
    ),
    (
        "fr",
        "Selon Kiev, les pertes nord-coréennes avoisinaient les 7 000.",
        (7000, None, None, "approx"),
    ),
    ("en", "Kyiv put North Korean casualties at upwards of 6,000.", (6000, 6000, None, "at_least")),
    ("fr", "Selon Séoul, environ 11 000 soldats ont été déployés.", (11000, None, None, "approx")),
    (
        "fr",
        "Selon Séoul, plus de 10 000 soldats ont été déployés.",
        (10000, 10000, None, "at_least"),
    ),
    ("fr", "Selon Séoul, jusqu'à 3 000 soldats ont été déployés.", (3000, None, 3000, "at_most")),
    (
        "fr",
        "Selon Séoul, entre 10 000 et 12 000 soldats ont été déployés.",
        (None, 10000, 12000, "range"),
    ),
    ("fr", "Selon Séoul, des centaines de soldats ont été tués.", (None, 200, 999, "vague")),
    (
        "fr",
        "Selon Séoul, des dizaines de milliers de soldats ont été déployés.",
        (None, 20000, 99999, "vague"),
    ),
    ("fr", "Selon Séoul, une centaine de soldats ont été tués.", (100, None, None, "approx")),
    (
        "fr",
        "Selon Séoul, quelque 1,5 millier de soldats ont été envoyés.",
        (1500, None, None, "approx"),
    ),
    ("fr", "Selon Séoul, 12\u202f000 soldats ont été déployés.", (12000, None, None, "exact")),
    ("fr", "Selon Séoul, 12\u00a0000 soldats ont été déployés.", (12000, None, None, "exact")),
    (
        "fr",
        "Selon Londres, plus de 5.000 soldats ont été tués ou blessés.",
        (5000, 5000, None, "at_least"),
    ),
    ("en", "Seoul said roughly 15,000 soldiers were sent.", (15000, None, None, "approx")),
    ("en", "Seoul said as many as 8,000 soldiers were deployed.", (8000, None, 8000, "at_most")),
    ("en", "Seoul said no fewer than 300 soldiers died.", (300, 300, None, "at_least")),
    ("en", "Seoul said 3,000 or more soldiers were sent.", (3000, 3000, None, "at_least")),
    ("en", "Seoul said 11,000 to 12,000 soldiers were sent.", (None, 11000, 12000, "range")),
    ("en", "Seoul said tens of thousands of soldiers were sent.", (None, 20000, 99999, "vague")),
    ("en", "Seoul said several hundred soldiers were killed.", (None, 200, 999, "vague")),
    ("en", "Seoul said two thousand soldiers were sent.", (2000, None, None, "exact")),
    ("en", "Seoul said 12k soldiers were sent.", (12000, None, None, "exact")),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), QUALIFIER_ROWS, ids=[r[1] for r in QUALIFIER_ROWS]
)
def test_figures_and_qualifier(lang, text, expected):
    (claim,) = claims(text, lang)
    assert (claim.value_best, claim.value_low, claim.value_high, claim.qualifier) == expected


# --- not claims ---------------------------------------------------------------------------

NOT_CLAIMS = [
    ("en", "By September 21 it holds 38 buses of the same model, Kyiv said."),
    # a text's length, a file's size
    ("en", "The report sent to the soldiers ran to about 1,200 words."),
    ("en", "A file of about 38 megabytes was sent to the troops."),
    ("fr", "Un rapport d'environ 1 200 mots a été envoyé aux soldats."),
    # money in rupees or by its currency code
    ("en", "The government announced a payment of Rs 50,000 to the family of each soldier killed."),
    ("fr", "Le ministère versera EUR 10 000 à la famille de chaque soldat tué."),
    # troops joined to ones not sent are not sent either; a rate is no count
    ("en", "The largest airlift brought home 230 Ukrainian soldiers and 248 Russian servicemen."),
    (
        "en",
        "Britain said Russian losses were heavy, with daily losses averaging more than 1,500 "
        "in November.",
    ),
    ("fr", "Selon Londres, les pertes quotidiennes russes atteignent en moyenne 1 500 hommes."),
    ("en", "About 3,000 North Korean soldiers sent to Russia have gone home, the NIS said."),
    # troops whose own verb says they came home, were freed or are missing: no deployment
    ("en", "The largest airlift brought home 230 Ukrainian soldiers, Kyiv said."),
    ("fr", "Ce jour-là, 115 militaires ukrainiens ont retrouvé leur pays, a annoncé Kiev."),
    ("fr", "Le ministère russe de la Défense a confirmé avoir récupéré 185 de ses soldats."),
    ("fr", "Des dizaines de milliers de soldats restent portés disparus, selon Kiev."),
    # a capability, an attribution between commas inside it
    (
        "fr",
        "La Corée du Nord serait capable, selon lui, d'envoyer jusqu'à un demi-million de soldats.",
    ),
    ("en", "North Korea would be capable, he said, of sending half a million soldiers."),
    ("fr", "Selon le NIS, environ 3 000 soldats nord-coréens sont rentrés en Corée du Nord."),
    ("en", "According to the NIS, about 3,000 North Korean soldiers have returned home."),
    ("fr", "C'est une fraction minime d'une armée qui compte plus d'un million de soldats."),
    (
        "fr",
        "« Nous ne les renverrons pas vers une mort certaine », a-t-elle déclaré devant une "
        "trentaine de délégations.",
    ),
    (
        "fr",
        "Plus de 34 000 Nord-Coréens ont fait défection vers le Sud depuis la fin de la guerre.",
    ),
    ("en", "More than 34,000 North Koreans have defected to the South since the Korean War."),
    ("fr", "Les sapeurs nord-coréens ont neutralisé des dizaines de milliers de mines."),
    ("en", "North Korean deminers cleared thousands of explosive devices in Kursk."),
    ("en", "Russia has some 1.5 million soldiers under arms, Western officials say."),
    ("fr", "La Corée du Nord compte 1,2 million de soldats sous les drapeaux, selon Séoul."),
    ("fr", "Les chiffres de Séoul supposent environ un tué pour trois blessés."),
    ("fr", "Le traité a été signé le 19 juin 2024 à Pyongyang."),
    ("fr", "Les recrues, âgées de 20 ans, ont été envoyées en Russie."),
    ("fr", "Pyongyang a livré 10 000 obus et 200 missiles à Moscou."),
    ("fr", "Moscou a payé 20 000 dollars par soldat."),
    ("fr", "Les soldats ont parcouru 6 700 kilomètres en trois semaines."),
    ("fr", "Plus de 10 000 conteneurs ont été expédiés en Russie."),
    ("fr", "Le premier contingent est arrivé le 8 octobre."),
    ("fr", "Ils se déplacent en petits groupes de trois à cinq soldats."),
    ("fr", "La Corée du Nord serait capable d'envoyer jusqu'à 500 000 soldats."),
    ("fr", "Kim Jong Un a rendu hommage aux soldats envoyés à Koursk."),
    ("fr", "Les deux pays ont signé un accord."),
    ("en", "The 32-member alliance was watching the deployment."),
    ("en", "A battalion usually numbers between 300 and 1,000 soldiers."),
    ("en", "About 15,000 North Korean workers are to be sent to Russia."),
    ("en", "The troops are 6,700 kilometers from home, 40 percent of them sick."),
    ("en", "The war entered its third year in February 2025."),
    # Rates are not counts.
    ("en", "The Pentagon said Russia was suffering some 1,500 casualties a day."),
    ("en", "Kyiv says its drones kill roughly 40 soldiers per day in the sector."),
    ("fr", "Selon Kiev, l'armée russe perd environ 1 200 soldats par jour."),
    # The size of a standing army is no deployment.
    (
        "fr",
        "Séoul rappelle que l'armée nord-coréenne, forte d'environ 1,2 million de militaires "
        "d'active, dispose de réserves.",
    ),
    ("en", "North Korea has about 1.2 million active-duty soldiers, Seoul said."),
    # Hypotheses, ratios and figures a correction retracts.
    ("en", "If Pyongyang sent 20,000 fresh troops, Russia would gain a reserve."),
    ("en", "Even if it sent 50,000 soldiers tomorrow, nobody would notice."),
    ("en", "Analysts say it would not matter, even if Kim sent 50,000 soldiers."),
    ("en", "Asked what would happen if it sent 50,000 more soldiers, he would not speculate."),
    ("en", "Were Pyongyang to send 20,000 more soldiers, Russia would gain a reserve."),
    ("en", "Zelensky warned that Pyongyang could send 100,000 men if the world failed to respond."),
    (
        "en",
        "Correction: an earlier version of this story gave the number of soldiers killed as 19.",
    ),
    ("en", "North Korea has about 1.2 million active personnel, Seoul says."),
    ("fr", "Selon l'ONU, des centaines d'enfants ont été tués."),
    ("fr", "Si Pyongyang envoyait demain 30 000 soldats, l'Ukraine aurait un problème."),
    ("fr", "Les analystes retiennent un ratio de trois blessés pour un mort."),
    (
        "en",
        "An earlier version of this article misstated the number of soldiers killed as 20,000.",
    ),
    ("fr", "Une version précédente attribuait à tort au JCS l'estimation de 15 000 soldats."),
    # People are not troops ("23 people have been killed" in another news item).
    ("en", "In Odesa, at least 23 people have been killed, officials said."),
    ("fr", "À Odessa, au moins 23 personnes ont été tuées, selon les autorités."),
    # Army sizes.
    ("fr", "Pour une armée de plus d'un million de soldats, ce n'est pas un obstacle."),
    (
        "fr",
        "L'armée nord-coréenne, forte de plus d'un million d'hommes, pourrait suivre, selon Kiev.",
    ),
    ("en", "Seoul says Kim has an army of more than a million soldiers to draw on."),
    ("fr", "Avec une armée de milice de quelque 140'000 militaires, la Suisse reste neutre."),
    ("fr", "Militairement, oui. L'armée nord-coréenne compte plus d'un million d'hommes."),
    # A university's number; visitors; a building's area.
    (
        "fr",
        "Pour Hélène Darras, maîtresse de conférences à l'université Rennes 2 et spécialiste de "
        "la Corée, l'envoi de ces troupes reste un pari.",
    ),
    (
        "fr",
        "Le musée accueille des milliers de visiteurs par jour, et les familles des soldats tués "
        "ont reçu des logements.",
    ),
    ("en", "The museum, some 12,000 square metres, is meant to honour the deployment."),
    ("en", "With a Bundeswehr of about 180,000 soldiers, Berlin has been slow to react."),
    ("en", "Russia's armed forces have an authorised strength of about 1.5 million personnel."),
    # Scenarios; a condition after a footnote marker ("drones.⁴ If...").
    ("en", "Lena sketches a scenario in which Pyongyang keeps 5,000 men in Russia."),
    (
        "en",
        "The ratio is low for infantry.⁴ If the true ratio were one to three, the same total "
        "would contain nearly 1,200 dead.",
    ),
    ("en", "Kyiv says each one is a conscript, often no older than 19, sent to die."),
    ("en", "The NIS said 214 articles on the deployment were published."),
    # Things sent, not troops.
    ("en", "These photographs were selected from about 400 images sent by agencies."),
    ("fr", "Ces photos ont été choisies parmi quelque 400 images envoyées par les agences."),
    # A condition opening the part of a sentence after a colon.
    (
        "fr",
        "Un calcul simple le montre : si le contingent atteignait 20 000 hommes, les mêmes "
        "4 000 pertes n'en représenteraient que 20 %.",
    ),
    ("en", "The sum is simple: if Kim sent 20,000 men, the same 4,000 casualties would be 20%."),
    # a day's losses; organisations
    ("fr", "Selon Kiev, l'armée russe a perdu 1 040 hommes au cours des dernières 24 heures."),
    ("en", "London announced sanctions on 12 individuals and 3 entities linked to the deployment."),
    ("en", "They were sent across open snowfields in columns of 20 or 30."),
    ("fr", "Selon Séoul, une centaine de familles de soldats morts ont reçu une médaille."),
    # the difference between two counts, a ratio
    ("en", "On paper, then, the difference is about 1,000 men."),
    ("fr", "Sur le papier, l'écart est d'environ 1 000 hommes."),
    ("en", "Historians use a rule of thumb of about three wounded for every soldier killed."),
    ("fr", "Les historiens comptent environ trois blessés pour chaque soldat tué."),
    # history: a year long before publication in the figure's clause
    (
        "fr",
        "La séquence consacrée à la guerre de Corée, où défilent les chiffres de 1950 et les "
        "trois millions de morts estimés, semble plaquée.",
    ),
    # a ceremony held in a city holds no prisoners
    ("en", "The funerals of 12 soldiers were held in Pyongyang on Monday."),
    # munitions and hospital beds are no troops; an age at an event is no count; articles
    ("en", "The lawyers cited Articles 109 to 117, which allow some prisoners to be sent away."),
    ("fr", "Les avocats ont cité les articles 109 à 117, qui concernent les prisonniers."),
    ("fr", "Dix-neuf civils ont péri sous les quelque 1 600 roquettes tirées sur le nord du pays."),
    ("en", "Israel says its strikes have destroyed thousands of rockets and killed its leaders."),
    ("en", "The army has set up some 18,000 beds, a figure it declines to link to casualties."),
    ("en", "One of those reservists, Amir, was 29 when his unit was sent across the border."),
    # an inverted condition; a denial; a prisoner swap
    ("en", "Were Kim Jong Un to send another 20,000 men, the war would change, an analyst said."),
    ("en", "Russia's embassy in Ottawa denied that 8,000 North Korean soldiers remained there."),
    ("en", "The Kremlin dismissed talk of a 10,000-strong North Korean force."),
    ("fr", "Le représentant nord-coréen a nié que des milliers de soldats aient quitté le pays."),
    ("en", "Ukraine and Russia exchanged 500 prisoners of war each in Istanbul this month."),
    ("en", "The talks produced the war's largest exchange of captured soldiers, 1,000 for 1,000."),
    (
        "fr",
        "Les deux pays ont procédé à l'un des plus importants échanges de prisonniers, 189 "
        "Ukrainiens contre 150 Russes.",
    ),
]

# A condition that is not the figure's own does not rule it out.
CONDITION_ROWS = [
    (
        "en",
        "Seoul's spy agency estimates that about 3,000 North Korean troops were sent to Russia.",
    ),
    ("fr", "Kiev affirme que 3 000 soldats nord-coréens ont été tués même si ce chiffre est flou."),
    ("en", "If confirmed, the toll of 3,000 North Korean soldiers killed would be a record."),
    ("en", "Kyiv said 3,000 North Korean soldiers were killed, as if to answer Seoul."),
    ("fr", "Les pertes sont si lourdes que 3 000 soldats nord-coréens ont été tués, selon Kiev."),
    ("fr", "L'armée de Kim a perdu 3 000 soldats nord-coréens, tués selon Kiev."),
    # the figure counts the people its head noun names; the condition is about what is done
    # with them
    (
        "en",
        "Kyiv says it holds 3,000 North Korean prisoners and has offered to send them to Seoul "
        "if they ask.",
    ),
    (
        "en",
        "Zelensky said Ukraine was ready to hand 3,000 North Korean prisoners over to Kim if he "
        "could arrange an exchange.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CONDITION_ROWS, ids=[r[1] for r in CONDITION_ROWS])
def test_a_condition_not_about_the_figure_keeps_it(lang, text):
    assert [c.value_best for c in claims(text, lang)] == [3000]


@pytest.mark.parametrize(("lang", "text"), NOT_CLAIMS, ids=[r[1] for r in NOT_CLAIMS])
def test_not_a_claim(lang, text):
    assert claims(text, lang) == []


# --- increment, hedging, subject ----------------------------------------------------------

FLAG_ROWS = [
    # (lang, text, value, field, expected)
    # A figure coordinated with the one before shares its verb's conditional.
    (
        "fr",
        "Selon l'agence, environ 2 300 militaires nord-coréens auraient été tués et quelque 5 000 "
        "blessés.",
        5000,
        "hedged",
        True,
    ),
    (  # ... and the total it is part of
        "fr",
        "Jusqu'à 8 000 militaires nord-coréens seraient désormais massés dans la région de "
        "Koursk, sur un total de plus de 10 000 envoyés en Russie, a indiqué le porte-parole.",
        10000,
        "hedged",
        True,
    ),
    (
        "fr",
        "Selon le NIS, la Corée du Nord aurait envoyé quelque 11 000 soldats à l'automne, puis "
        "environ 4 000 de plus en janvier.",
        4000,
        "hedged",
        True,
    ),
    ("fr", "Selon Séoul, 3 000 autres soldats ont été envoyés en Russie.", 3000, "increment", True),
    ("fr", "Selon Séoul, 3 000 soldats supplémentaires ont été envoyés.", 3000, "increment", True),
    (
        "fr",
        "Selon Séoul, 300 soldats ont été tués, tandis que 2 700 autres ont été blessés.",
        2700,
        "increment",
        False,
    ),
    # Any increment word between losses of two kinds splits them; not between a loss and
    # a deployment.
    ("en", "Kyiv said about 200 were killed, and another 70 were wounded.", 70, "increment", False),
    ("en", "Seoul said 300 were killed and 2,700 more were wounded.", 2700, "increment", False),
    (
        "fr",
        "Le NIS fait état de 300 morts, auxquels s'ajoutent 2 700 blessés.",
        2700,
        "increment",
        False,
    ),
    (
        "en",
        "Seoul said 300 were killed, and another 2,000 troops were sent in January.",
        2000,
        "increment",
        True,
    ),
    ("en", "Seoul said 3,000 more troops were sent in January.", 3000, "increment", True),
    ("en", "Seoul said 3,000 additional soldiers were dispatched.", 3000, "increment", True),
    ("en", "Seoul said 11,000 soldiers were sent.", 11000, "increment", False),
    ("fr", "Selon Kiev, 200 soldats nord-coréens auraient été tués.", 200, "hedged", True),
    ("fr", "Selon Kiev, 200 soldats nord-coréens ont été tués.", 200, "hedged", False),
    ("fr", "Le NIS déclarait alors 300 morts nord-coréens.", 300, "hedged", False),
    ("fr", "Le NIS dénombrait 300 morts nord-coréens.", 300, "hedged", False),
    ("fr", "Le NIS assurait que 300 soldats nord-coréens étaient morts.", 300, "hedged", False),
    ("fr", "Kiev considérait que 300 soldats nord-coréens étaient morts.", 300, "hedged", False),
    ("fr", "Le NIS déclarerait 300 morts nord-coréens.", 300, "hedged", True),
    ("fr", "Selon Kiev, 300 soldats nord-coréens pourraient avoir été tués.", 300, "hedged", True),
    ("fr", "Pyongyang enverrait 3 000 soldats.", 3000, "hedged", True),
    ("fr", "Selon Kiev, 300 soldats nord-coréens seraient morts.", 300, "hedged", True),
    ("fr", "Moscou admettrait 300 morts nord-coréens.", 300, "hedged", True),
    ("fr", "Kiev devrait annoncer 300 morts nord-coréens.", 300, "hedged", True),
    ("fr", "Pyongyang prendrait 3 000 soldats.", 3000, "hedged", True),
    ("en", "Kyiv said 200 North Korean soldiers were reportedly killed.", 200, "hedged", True),
    ("en", "Kyiv said 1,000 of them are believed to have died.", 1000, "hedged", True),
    ("fr", "Selon Séoul, 11 000 soldats nord-coréens ont été envoyés.", 11000, "subject", "KP"),
    (
        "en",
        "Russia's losses exceeded 600,000 soldiers, the Pentagon said.",
        600000,
        "subject",
        "RU",
    ),
    ("fr", "Selon Moscou, les pertes ukrainiennes dépassent 2 000 hommes.", 2000, "subject", "UA"),
]


SUBJECT_ROWS = [
    # whose prisoners: the demonym after the noun, not the captor before the verb
    ("fr", "L'Ukraine détient 200 prisonniers nord-coréens.", 200, "KP"),
    # A country's possessive two words before the losses is whose losses they are.
    (
        "en",
        "According to Ukraine's General Staff, Russia's overall personnel losses since February "
        "2022 stood at about 948,000 on Tuesday.",
        948000,
        "RU",
    ),
    # The captor is not whose troops: « l'Ukraine détient » counts the Russians it holds.
    ("fr", "Kiev affirme que l'Ukraine détient 3 000 soldats russes.", 3000, "RU"),
    # (lang, text, value, subject): whose losses, from the words around the figure.
    # A possessive takes up the country the content is about, not the one that speaks.
    (
        "fr",
        "L'état-major ukrainien affirme que l'armée russe a perdu beaucoup d'hommes, ce qui "
        "porterait à 1 331 470 le total de ses pertes.",
        1331470,
        "RU",
    ),
    # A figure joined by "and" to a share counts the same troops.
    (
        "en",
        "North Korean troops fought in Kursk. Kyiv said Russian losses there came to 62,400, "
        "of whom 25,200 were killed and 36,200 wounded.",
        36200,
        "RU",
    ),
    ("en", "According to Moscow, Ukraine lost around 76,000 troops.", 76000, "UA"),
    ("en", "Kyiv put Russia's losses at about 350,000 dead.", 350000, "RU"),
    (
        "fr",
        "Selon Kiev, les pertes russes atteignent 950 000 hommes, dont 250 000 morts.",
        250000,
        "RU",
    ),
    # A possessive with a word before the metric noun, an adjective right before it.
    (
        "en",
        "North Korean troops fight on in Kursk. Kyiv puts Russia's personnel losses at about "
        "1.18 million.",
        1180000,
        "RU",
    ),
    (
        "en",
        "North Korean troops fight on in Kursk. About 950,000: total Russian losses since 2022.",
        950000,
        "RU",
    ),
    ("en", "North Korean troops fight on. Kyiv said 4,000 were Russian casualties.", 4000, "RU"),
    # The place after "remain in" is not whose troops, even written in lower case.
    (
        "en",
        "North Korean troops fight on. GUR said some 11,000 servicemen remain in russia's "
        "Kursk region.",
        11000,
        "KP",
    ),
    # A possessive: the last country named before it, not a source's name nor a place.
    (
        "en",
        "Ukrainian soldiers hold the line near Kursk. North Korea's role is small: Seoul's spy "
        "agency said about 2,000 of its soldiers had died.",
        2000,
        "KP",
    ),
    (
        "fr",
        "Les soldats ukrainiens tiennent. La part des soldats nord-coréens reste marginale. Fin "
        "avril, l'état-major ukrainien évaluait leurs pertes à plus de 4 500 tués et blessés.",
        4500,
        "KP",
    ),
    (
        "en",
        "Ukrainian troops advanced. North Korea sent an engineering regiment to Russia's Kursk "
        "region and mourned nine of its soldiers who were killed there.",
        9,
        "KP",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "value", "subject"), SUBJECT_ROWS, ids=[r[1] for r in SUBJECT_ROWS]
)
def test_subject_from_the_losses_named(lang, text, value, subject):
    found = {c.value_best or c.value_low: c.subject for c in claims(text, lang)}
    assert found[value] == subject


DEFAULT_SUBJECT_ROWS = [
    # (lang, title, text, expected): whose troops when the figure's phrase does not say.
    (
        "fr",
        "Boudanov annonce l'arrivée de 6 000 militaires nord-coréens",
        "Le chef du renseignement militaire ukrainien l'affirme : 6 000 militaires "
        "supplémentaires arriveront, selon lui.",
        "KP",
    ),
    (
        "en",
        "Kyiv expects a larger force in Russia",
        "Ukrainian forces hold the line. Pyongyang could dispatch 20,000 troops, Kyiv says, "
        "and North Korea would send 5,000 more in autumn, the report adds.",
        "KP",
    ),
    # A country named as a place in a figure's phrase is not whose troops ("près de Kiev").
    (
        "fr",
        "Pyongyang envoie des renforts",
        "Séoul parle de 600 morts. Deux soldats ont été capturés, tous deux détenus près de Kiev.",
        "KP",
    ),
    (
        "en",
        "Pyongyang's losses mount",
        "Seoul speaks of 600 dead. Two soldiers were captured; the two are held in Kyiv.",
        "KP",
    ),
    # Demonyms used as nouns name people ("praised the North Koreans").
    (
        "en",
        "",
        "Moscow praised the North Koreans. Britain said the forces had suffered more than "
        "5,000 casualties.",
        "KP",
    ),
    (
        "fr",
        "",
        "Moscou a salué les Nord-Coréens. Londres a fait état de plus de 5 000 tués ou blessés.",
        "KP",
    ),
    # Whose losses the title counts ("pertes russes", "Russia's losses").
    (
        "fr",
        "Un million de pertes russes",
        "Les soldats nord-coréens sont à Koursk. Selon Kiev, l'armée aurait perdu plus d'un "
        "million d'hommes, tués ou blessés.",
        "RU",
    ),
    (
        "en",
        "Russia's losses pass one million",
        "North Korean soldiers are in Kursk. Kyiv said the army had lost more than a million "
        "men, killed or wounded.",
        "RU",
    ),
    # A country the title names tips a balance the body leaves close ...
    (
        "en",
        "Pyongyang counts its dead",
        "Russian troops moved west. Russian soldiers moved north. North Korean troops moved "
        "east. The agency says there were more than 6,000 casualties.",
        "KP",
    ),
    # ... but not one it names as a place
    (
        "en",
        "Fighting in Russia",
        "North Korean troops moved west. North Korean soldiers moved north. Russian troops "
        "moved east. The agency says there were more than 6,000 casualties.",
        "KP",
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    DEFAULT_SUBJECT_ROWS,
    ids=[r[1] for r in DEFAULT_SUBJECT_ROWS],
)
def test_default_subject_from_the_title_and_who_sends(lang, title, text, expected):
    found = claims(text, lang, title=title)
    assert found and {c.subject for c in found} == {expected}


@pytest.mark.parametrize(
    ("lang", "text", "value", "field", "expected"), FLAG_ROWS, ids=[r[1] for r in FLAG_ROWS]
)
def test_increment_hedging_subject(lang, text, value, field, expected):
    found = {
        c.value_best if c.value_best is not None else c.value_low: c for c in claims(text, lang)
    }
    assert getattr(found[value], field) == expected


BARE_INCREMENT_ROWS = [
    # (lang, text, expected): a figure with an increment word and no noun counts what the
    # claim just before it counted; one with a noun of its own does not.
    (
        "en",
        "The Pentagon said 11,000 North Korean troops were in Kursk. Another 1,000 are "
        "expected, it said.",
        [("deployed", 11000, "KP", False), ("deployed", 1000, "KP", True)],
    ),
    (
        "fr",
        "Selon Kiev, 3 000 soldats russes ont été tués. Et 500 de plus dimanche, selon Kiev.",
        [("killed", 3000, "RU", False), ("killed", 500, "RU", True)],
    ),
    (
        "fr",
        "Selon le NIS, 11 000 soldats nord-coréens sont en Russie. Pyongyang a aussi livré "
        "200 autres missiles.",
        [("deployed", 11000, "KP", False)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), BARE_INCREMENT_ROWS, ids=[r[1][-50:] for r in BARE_INCREMENT_ROWS]
)
def test_a_bare_increment_counts_what_the_last_claim_counted(lang, text, expected):
    assert [(c.metric, c.value_best, c.subject, c.increment) for c in claims(text, lang)] == (
        expected
    )


# --- claimant -----------------------------------------------------------------------------

CLAIMANT_ROWS = [
    # "X's (last public) figure"; a sentence opening with "Its count" carries the source.
    (
        "en",
        "The Pentagon's last public figure was that North Korean forces had suffered several "
        "hundred killed and wounded.",
        "US",
        "US",
    ),
    (
        "en",
        "The National Intelligence Service has been consistent. Its count of the dead rose to "
        "about 2,000 in September.",
        "KR",
        "NIS",
    ),
    (
        "fr",
        "Le Service national du renseignement a été constant. Son décompte des morts atteint "
        "environ 2 000.",
        "KR",
        "NIS",
    ),
    ("en", "Defence Intelligence estimated that 6,000 were killed or wounded.", "GB", "UK"),
    # A person named after a source and a title: later, the surname alone is that source.
    (
        "en",
        "According to GUR spokesperson Andrii Yusov, the front is calm. At least 200 North "
        "Korean soldiers were killed in October alone, Yusov added.",
        "UA",
        "Ukrainian intelligence",
    ),
    ("en", "Pyongyang later added a contingent of 1,000 sappers for mine clearance.", "", ""),
    # "of Ukraine" after an institution; "Ukraine's Defence Intelligence" is Ukraine's.
    (
        "en",
        "The General Staff of the Armed Forces of Ukraine reported that Russian losses amounted "
        "to approximately 1,163,040 personnel.",
        "UA",
        "Ukrainian military",
    ),
    (
        "en",
        "Some 11,000 North Korean servicemen remain in Kursk, Ukraine's Defence Intelligence "
        "(GUR) said.",
        "UA",
        "Ukrainian intelligence",
    ),
    (
        "en",
        "Russia has lost more than 970,000 soldiers killed and wounded, by the count of "
        "Ukraine's General Staff.",
        "UA",
        "Ukrainian military",
    ),
    # A name right after a large figure is what it counts, not who speaks.
    (
        "en",
        "An estimated 10,000 North Korean military personnel are now in Russia, one of the "
        "officials said.",
        "",
        "unnamed",
    ),
    # A participle of saying after the main clause.
    (
        "en",
        "Ukraine's military intelligence went further last month, saying that as many as 16,000 "
        "had served in Russia.",
        "UA",
        "Ukrainian intelligence",
    ),
    # A conditional compound tense: "aurait estimé".
    (
        "fr",
        "Le renseignement sud-coréen aurait estimé, fin avril, qu'environ 15 000 soldats avaient "
        "été envoyés.",
        "KR",
        "NIS",
    ),
    # A country's president or prime minister is its government.
    ("en", "Ukraine's president said his forces had captured two North Korean soldiers.", "UA", ""),
    ("fr", "Le premier ministre japonais a dit que 10 000 soldats avaient été envoyés.", "JP", ""),
    ("fr", "Selon le NIS, 11 000 soldats nord-coréens ont été déployés.", "KR", "NIS"),
    # A comma alone joins no claimants: the name after it starts the reported clause.
    (
        "en",
        "According to the NIS, Pyongyang has also sent an additional 1,000 military "
        "construction workers.",
        "KR",
        "NIS",
    ),
    ("en", "Kyiv, Seoul and Washington say 11,000 troops were sent.", "UA;KR;US", ""),
    # Statement verbs: "parle de", "spoke of", an adverb inside the compound tense, a
    # participle with its agent.
    ("fr", "Le NIS parle de 15 000 soldats nord-coréens envoyés en Russie.", "KR", "NIS"),
    ("en", "Zelensky spoke of 3,000 North Korean casualties.", "UA", "Ukrainian president"),
    (
        "en",
        "Ukraine's General Staff put Russia's personnel losses since February 2022 at about "
        "1.18 million.",
        "UA",
        "Ukrainian military",
    ),
    ("fr", "Le NIS parlait en septembre d'environ 2 000 morts nord-coréens.", "KR", "NIS"),
    ("en", "A US military official spoke on Tuesday of several hundred casualties.", "US", "US"),
    ("en", "The Pentagon explained that 3,000 North Korean soldiers had died.", "US", "US"),
    ("fr", "Le NIS s'en tenait à quelque 600 morts nord-coréens.", "KR", "NIS"),
    (
        "fr",
        "Quelque 10 000 soldats nord-coréens restent en Russie, a indiqué mardi le Service "
        "national du renseignement (NIS) sud-coréen.",
        "KR",
        "NIS",
    ),
    (
        "fr",
        "L'état-major ukrainien revendique 1,25 million de soldats russes tués ou blessés.",
        "UA",
        "Ukrainian",
    ),
    ("en", "The Pentagon maintained that 3,000 North Korean soldiers had died.", "US", "US"),
    (
        "fr",
        "Le député Lee Seong-kweun a résumé : « Environ 5 000 soldats nord-coréens sont partis. »",
        "KR",
        "",
    ),
    (
        "fr",
        "Samedi, le général Valeri Guerassimov affirmait que l'Ukraine avait perdu 76 000 soldats.",
        "RU",
        "Russian military",
    ),
    (
        "en",
        "Analysts took Volodymyr Zelensky's figure of 3,800 North Korean soldiers killed.",
        "UA",
        "Ukrainian president",
    ),
    ("fr", "Le bilan de Kiev s'élève à 3 000 soldats nord-coréens tués.", "UA", "Ukrainian"),
    # the count of an institution named after it: its own
    (
        "fr",
        "Le décompte de l'état-major sud-coréen est passé à 4 000 pertes.",
        "KR",
        "South Korean military",
    ),
    ("fr", "Le bilan des combats près de Séoul est de 300 morts.", "", ""),
    # A title and a name of the same source in a row are one mention, after the verb too.
    (
        "fr",
        "Quelque 2 000 soldats nord-coréens sont morts, a rappelé mercredi le député Lee "
        "Seong-kweun.",
        "KR",
        "lawmakers",
    ),
    (
        "fr",
        "Le Pentagone a également affirmé que 10 000 soldats nord-coréens étaient en Russie.",
        "US",
        "US military",
    ),
    (
        "fr",
        "Il faut compter les 6 000 sapeurs nord-coréens annoncés par Moscou en juin.",
        "RU",
        "Russian government",
    ),
    (
        "fr",
        "Un centre de réflexion américain évalue les envois à 20 000 soldats nord-coréens.",
        "US",
        "research",
    ),
    (
        "fr",
        "D'après le Pentagone, 10 000 soldats nord-coréens ont été déployés.",
        "US",
        "US military",
    ),
    (
        "fr",
        "Le renseignement ukrainien estime que 12 000 soldats ont été envoyés.",
        "UA",
        "Ukrainian",
    ),
    (
        "fr",
        "Volodymyr Zelensky a déclaré que 3 800 soldats avaient été tués ou blessés.",
        "UA",
        "Ukrainian president",
    ),
    ("fr", "Kyiv et Séoul estiment que Pyongyang a envoyé plus de 10 000 soldats.", "UA;KR", ""),
    (
        "fr",
        "D'après des responsables américains et sud-coréens, 10 000 soldats ont été envoyés.",
        "US;KR",
        "US and South Korean officials",
    ),
    (
        "fr",
        "Les autorités sud-coréennes affirment que 600 soldats ont été tués.",
        "KR",
        "South Korean government",
    ),
    ("fr", "Pyongyang a envoyé 10 000 soldats en Russie.", "", ""),
    ("en", "According to the JCS, 3,000 more soldiers were sent.", "KR", "JCS"),
    ("en", "The Kremlin said 1,000 sappers would be sent.", "RU", "Russian government"),
    (
        "en",
        "Around 10,000 soldiers have been sent, the Pentagon said on Monday.",
        "US",
        "US military",
    ),
    ("en", "Western officials say about 1,000 soldiers have died.", "", "Western officials"),
    ("en", "NATO said 11,000 troops had been sent.", "NATO", "NATO"),
    ("en", "It was estimated by the NIS that some 300 soldiers had died.", "KR", "NIS"),
    # "usually" in another clause does not make the figure a general fact.
    ("en", "The NIS, usually the most cautious source, put the dead at about 2,000.", "KR", "NIS"),
    # "Pour X," opening a sentence attributes like "Selon X,".
    ("fr", "Pour le Pentagone, 8 000 soldats ont été envoyés à Koursk.", "US", "US military"),
    # The subject, an apposition between commas, then the verb.
    (
        "en",
        "The Pentagon, which briefs reporters every week on the war and its cost, said that "
        "about 9,000 soldiers had been sent.",
        "US",
        "US military",
    ),
    (
        "en",
        "Japan's defence ministry put North Korean losses at more than 3,000 killed and wounded.",
        "JP",
        "Japanese government",
    ),
    # An incise after the content: the speaker follows the verb, not the place before it.
    (
        "fr",
        "Quelque 10 000 soldats ont été envoyés dans l'est de la Russie, a estimé de son côté "
        "le Pentagone, lundi.",
        "US",
        "US military",
    ),
    ("en", "CSIS estimates that Russia suffered 900,000 casualties.", "US", "CSIS"),
    (
        "en",
        "The Center for Strategic and International Studies (CSIS), a Washington think tank, "
        "estimates that about 11,000 soldiers were sent.",
        "US",
        "CSIS",
    ),
    # "compter" as a statement verb ("comptait 600 morts"), not "comptait envoyer".
    ("fr", "En avril, le NIS comptait quelque 600 morts.", "KR", "NIS"),
    ("fr", "Le NIS l'affirme : Pyongyang comptait envoyer 10 000 soldats.", "KR", "NIS"),
    # Inverted speaker after a closing quote, with a date and a place after the name.
    (
        "fr",
        "« Nous avons capturé trois soldats nord-coréens », a annoncé lundi Volodymyr Zelensky "
        "sur les réseaux sociaux.",
        "UA",
        "Ukrainian president",
    ),
    ("en", "The NIS counted at least 100 North Korean dead.", "KR", "NIS"),
    ("en", "The NIS recorded at least 100 North Korean dead.", "KR", "NIS"),
    ("en", "ACLED recorded more than 400 insurgents killed.", "US", "ACLED"),
    ("en", "The NIS puts North Korean losses at about 4,700.", "KR", "NIS"),
    (
        "fr",
        "À en croire le renseignement militaire ukrainien, environ 12 000 soldats nord-coréens "
        "s'entraînent en Russie.",
        "UA",
        "Ukrainian intelligence",
    ),
    (
        "en",
        "In January, Zelensky was already speaking of 4,000 killed and wounded.",
        "UA",
        "Ukrain",
    ),
    ("en", "Then in June the British said there had been 6,000 casualties.", "GB", "UK"),
    (
        "en",
        "South Korean Defense Minister Ahn Gyu-back told reporters that about 10,000 North Korean "
        "soldiers were still in Russia.",
        "KR",
        "South Korean",
    ),
    (
        "fr",
        "Le ministre sud-coréen a affirmé que 10 000 soldats restaient en Russie.",
        "KR",
        "South",
    ),
    ("en", "Ukraine says it still holds two North Korean prisoners.", "UA", "Ukrainian government"),
    ("en", "Russia said 1,000 Ukrainian soldiers were captured in Kursk.", "RU", "Russian"),
    ("fr", "La Corée du Nord a reconnu la mort de neuf sapeurs.", "KP", "North Korean"),
    (  # a country that does not speak is not a source
        "en",
        "In Ukraine, 300 North Korean soldiers were killed, Seoul said.",
        "KR",
        "South Korean",
    ),
    (
        "fr",
        "Le Service de renseignement de la Confédération (SRC) estime que les pertes "
        "nord-coréennes se situeraient entre 6'000 et 8'000 hommes.",
        "CH",
        "Swiss intelligence",
    ),
    (  # a short name, once the full one has been given
        "en",
        "North Korean leader Kim Jong Un visited the museum site. In December, Kim mourned nine "
        "sappers killed while clearing mines.",
        "KP",
        "North Korean state",
    ),
    (  # "le dirigeant", "the leader", once the leader has been named
        "fr",
        "Kim Jong Un a présidé vendredi la cérémonie. Dans son discours, le dirigeant a rendu "
        "hommage à neuf d'entre eux, tués pendant la mission.",
        "KP",
        "North Korean state",
    ),
    (
        "en",
        "Kim Jong Un visited the museum. The leader said 300 soldiers had died.",
        "KP",
        "North Korean state",
    ),
    (  # a leader honouring the dead states how many
        "fr",
        "En décembre, Kim Jong Un a seulement honoré neuf sapeurs tués lors du déminage.",
        "KP",
        "North Korean state",
    ),
    (
        "en",
        "In December, Kim Jong Un honoured nine sappers killed in Kursk.",
        "KP",
        "North Korean state",
    ),
    (  # a capital written without its accent ("Etat")
        "fr",
        "Plus de 10 000 soldats nord-coréens ont été envoyés en Russie, a affirmé mardi le "
        "département d'Etat américain.",
        "US",
        "US government",
    ),
    ("fr", "En juillet, le NIS a relevé son estimation à au moins 2 300 morts.", "KR", "NIS"),
    ("fr", "13 janvier 2025. Le NIS relève son bilan à 300 morts nord-coréens.", "KR", "NIS"),
    (
        "en",
        "In April the NIS put total casualties, dead and wounded together, at about 4,700.",
        "KR",
        "NIS",
    ),
    (  # a country, then its institution after a relative possessive
        "en",
        "The figures were consistent with those of South Korea, whose intelligence service "
        "estimated in September that about 2,000 North Korean soldiers had died.",
        "KR",
        "South Korean intelligence",
    ),
    (
        "fr",
        "Ces chiffres rejoignent ceux de la Corée du Sud, dont le service de renseignement "
        "estimait qu'environ 2 000 soldats nord-coréens étaient morts.",
        "KR",
        "South Korean intelligence",
    ),
    (  # « cet organisme ukrainien »
        "fr",
        "Selon cet organisme ukrainien, plus de 7 000 militaires ukrainiens seraient toujours "
        "détenus en Russie.",
        "UA",
        "Ukrainian officials",
    ),
    (  # « explique (aux députés) que »
        "fr",
        "Le même jour, le NIS explique aux députés que 300 soldats nord-coréens ont été tués.",
        "KR",
        "NIS",
    ),
    (  # « d'Ukraine » after an institution
        "fr",
        "L'ambassadeur d'Ukraine en France a dressé un bilan très lourd. Selon lui, au moins "
        "9 000 soldats nord-coréens ont été tués ou blessés.",
        "UA",
        "Ukrainian government",
    ),
    (  # « retient » states an estimate; « ne retient que » describes a method
        "fr",
        "Le NIS ne retient que les pertes qu'il peut recouper. Le chercheur Paul Marin, à "
        "Paris, retient un contingent compris entre 11 000 et 12 000 hommes.",
        "FR",
        "Paul Marin",
    ),
    (  # a long object between "put" and "at"
        "en",
        "South Korea's spy agency put the total number of North Korean military personnel sent "
        "to Russia since 2024 at around 18,000.",
        "KR",
        "NIS",
    ),
    (
        "fr",
        "Le chef du GUR, Kyrylo Boudanov, a pour sa part estimé les pertes nord-coréennes à "
        "environ 7 000.",
        "UA",
        "Ukrainian intelligence",
    ),
    (  # a passive statement verb, a date, then its agent
        "fr",
        "Les 1 000 démineurs nord-coréens promis en juin par Moscou sont arrivés.",
        "RU",
        "Russian",
    ),
    (  # an object between the verb and "par": the agent of the object, not of the verb
        "fr",
        "En juin, Sergueï Choïgou avait annoncé l'envoi par Pyongyang de mille démineurs "
        "nord-coréens.",
        "RU",
        "Russian",
    ),
    (
        "en",
        "The weekly figure comes close to the total that South Korea's Joint Chiefs of Staff "
        "gave on Monday, about 1,100 North Korean casualties.",
        "KR",
        "JCS",
    ),
    ("en", "Pyongyang gave Russia 12,000 soldiers, the NIS said.", "KR", "NIS"),
    (  # a person named after a title and its complement, later alone
        "fr",
        "Le médiateur ukrainien pour les droits humains, Dmytro Lubinets, a plaidé mardi pour "
        "leur transfert. Dmytro Lubinets indique que plus de 8 000 militaires ukrainiens "
        "seraient toujours aux mains de la Russie.",
        "UA",
        "Ukrainian",
    ),
    (
        "fr",
        "« Plus de 8 000 militaires ukrainiens sont détenus », a écrit le médiateur ukrainien "
        "dans un communiqué.",
        "UA",
        "Ukrainian",
    ),
    (  # a member of Russia's parliament speaks for the Russian side
        "fr",
        "Le député Alexeï Zoubkov, membre de la commission de la défense de la Douma, a affirmé "
        "que plusieurs milliers de sapeurs nord-coréens travaillaient toujours à Koursk.",
        "RU",
        "Russian lawmakers",
    ),
    (  # a Russian state agency alone
        "fr",
        "L'agence RIA Novosti indique que près de 1 500 démineurs nord-coréens sont arrivés "
        "au printemps.",
        "RU",
        "Russian state media",
    ),
    (  # relaying a source it names
        "en",
        "TASS, citing the Russian defence ministry, said 1,500 North Korean deminers had arrived.",
        "RU",
        "Russian",
    ),
    (  # "a claim by X that N": X's
        "en",
        "Asked about a claim by Ukraine's military intelligence on Monday that at least 30 "
        "North Koreans had been killed, he said he could not verify it.",
        "UA",
        "Ukrainian intelligence",
    ),
    (  # "The spokesman said": the speaker named before, not the content's subject
        "en",
        "Pentagon press secretary Pat Ryder briefed reporters. The spokesman said Moscow had "
        "suffered more than 700,000 troops killed or wounded.",
        "US",
        "US",
    ),
    (
        "fr",
        "Le porte-parole du Pentagone a été interrogé. Le porte-parole a ajouté que la Russie "
        "avait perdu plus de 700 000 soldats tués ou blessés.",
        "US",
        "US",
    ),
    (  # the phrase after "d'après" ends at its comma: a name past it is the content's
        "fr",
        "D'après les recoupements dont on dispose, Pyongyang a envoyé entre 11 000 et 12 000 "
        "hommes dans la région de Koursk.",
        "",
        "",
    ),
    (  # an inverted subject after an incise verb, with a complement after it
        "fr",
        "Pyongyang a dépêché des milliers de soldats pour épauler l'armée russe, rappelait "
        "mercredi le Département fédéral de l'économie dans son communiqué.",
        "CH",
        "Swiss government",
    ),
    (  # "the latest South Korean assessment ... puts"
        "en",
        "The latest South Korean assessment, presented to lawmakers last month, puts the number "
        "of dead at about 2,000.",
        "KR",
        "South Korean",
    ),
    (  # a participle after a comma: the main clause's subject, however far
        "en",
        "Ukraine's Foreign Ministry on Aug. 25 condemned what it called a new wave of North "
        "Korean deployments to Russia, saying Pyongyang had sent about 3,000 more soldiers.",
        "UA",
        "Ukrainian",
    ),
    (
        "fr",
        "Le ministère ukrainien des Affaires étrangères a condamné mardi ce qu'il appelle une "
        "nouvelle vague de déploiements, affirmant que Pyongyang avait envoyé environ 3 000 "
        "soldats de plus.",
        "UA",
        "Ukrainian",
    ),
    (  # a source's working assumption, its last public estimate
        "en",
        "The Pentagon's working assumption is that somewhere between 11,000 and 12,000 North "
        "Korean soldiers are in Russia.",
        "US",
        "US",
    ),
    (  # an envoy, an ambassador: their government
        "en",
        "Ukraine's envoy was blunter. He told the council that as many as 12,000 North Koreans "
        "were now on Russian soil.",
        "UA",
        "Ukrainian government",
    ),
    (
        "fr",
        "L'ambassadeur britannique a affirmé que plus de 10 000 soldats nord-coréens avaient "
        "été déployés.",
        "GB",
        "UK government",
    ),
    (  # research institutes of the gazetteer
        "en",
        "In October, KIDA estimated that between 4,000 and 5,000 North Koreans had been wounded.",
        "KR",
        "KIDA",
    ),
    (
        "en",
        "The Royal United Services Institute said 2,000 North Korean soldiers had been killed.",
        "GB",
        "RUSI",
    ),
    ("fr", "Le NIS porte à environ 2 000 le nombre de soldats nord-coréens tués.", "KR", "NIS"),
    (
        "fr",
        "L'état-major ukrainien a porté son bilan à 1 145 000 soldats russes tués.",
        "UA",
        "mili",
    ),
    ("en", "In mid-January the NIS revised its own tally to 300 dead.", "KR", "NIS"),
    (  # a relative clause puts its subject after the verb
        "fr",
        "C'est davantage que les 11 000 hommes dont faisaient état les services occidentaux à "
        "l'automne.",
        "",
        "Western intelligence",
    ),
    ("fr", "Les 600 morts qu'évoquait le NIS en avril ont été dépassés.", "KR", "NIS"),
    # a past participle agreeing with the object before it
    ("fr", "Le NIS les a chiffrées à 600 morts.", "KR", "NIS"),
    # who holds prisoners says how many
    ("fr", "Officiellement, Kiev détient toujours deux prisonniers nord-coréens.", "UA", "Ukrain"),
    ("en", "Kyiv holds two North Korean prisoners.", "UA", "Ukrainian government"),
    (  # the French press's spelling
        "fr",
        "À Bruxelles, un haut responsable de l'Otan estimait qu'environ 11 000 soldats "
        "nord-coréens restaient mobilisés sur le sol russe.",
        "NATO",
        "NATO",
    ),
    (  # a carry cue then a comma: the name after it is the content's ("selon lui, la Russie")
        "fr",
        "L'état-major ukrainien publie son bilan quotidien. Selon lui, la Russie a perdu près "
        "de 950 000 soldats, tués ou blessés.",
        "UA",
        "Ukrainian military",
    ),
    (
        "fr",
        "Le NIS a publié une note. D'après l'agence, Pyongyang se préparerait à dépêcher au "
        "total quelque 12 000 soldats.",
        "KR",
        "NIS",
    ),
    (  # an incise naming the agency after its verb
        "fr",
        "Selon l'agence officielle KCNA, les sapeurs sont rentrés. Quatorze d'entre eux ont "
        "trouvé la mort au cours de la mission, a indiqué mardi l'agence.",
        "KP",
        "North Korean state",
    ),
    (  # "talking about", a participle ("estimating that")
        "en",
        "By the end of that month the Pentagon was talking about roughly 10,000 soldiers.",
        "US",
        "US military",
    ),
    (
        "en",
        "Britain's Defence Intelligence went further in mid-June, estimating that more than "
        "6,000 North Koreans had been killed or wounded.",
        "GB",
        "UK intelligence",
    ),
    (  # "presented", « a présenté »
        "en",
        "His office said that the figure the National Intelligence Service (NIS) presented at "
        "Monday's briefing was about 2,300 deaths.",
        "KR",
        "NIS",
    ),
    ("fr", "Kiev n'en a présenté que deux, capturés en janvier.", "UA", "Ukrainian government"),
    (  # an ombudsman, a commissioner named with their country
        "fr",
        "Lundi, le médiateur ukrainien pour les droits humains, Dmytro Loubinets, a rappelé que "
        "l'Ukraine détenait toujours deux prisonniers nord-coréens.",
        "UA",
        "Ukrainian government",
    ),
    (
        "en",
        "The Ukrainian ombudsman said on Monday that Kyiv still held two North Korean prisoners.",
        "UA",
        "Ukrainian government",
    ),
    (  # "the Alliance", once NATO is named
        "en",
        "The release noted that NATO had reached a similar conclusion. Alliance officials said "
        "that about 11,000 North Korean troops were in Russia.",
        "NATO",
        "NATO",
    ),
    (  # a statement verb's long object ("put the total number of troops sent to Russia at")
        "en",
        "The NIS, which had put the total number of troops sent to Russia at around 15,000 in "
        "April, now believes the engineers have arrived.",
        "KR",
        "NIS",
    ),
    # lawmakers of another country than the ones relaying an agency speak for theirs
    ("en", "A Russian lawmaker said that 300 Korean soldiers had died.", "RU", "Russian"),
    ("fr", "Un député russe a affirmé que 300 soldats coréens étaient morts.", "RU", "Russian"),
    ("en", "South Korean lawmakers said that 300 soldiers had died.", "KR", "lawmakers"),
    (
        "en",
        "A Russian lawmaker let slip that a few hundred Korean comrades had been buried.",
        "RU",
        "Russian",
    ),
    ("en", "Kyiv said it still held two North Korean prisoners of war.", "UA", "Ukrainian gov"),
    (  # a place named after the speaker does not speak
        "en",
        "Sergei Shoigu stood in Pyongyang and announced that North Korea would dispatch 1,000 "
        "deminers.",
        "RU",
        "Russian",
    ),
    (  # alone, the place says whose institution speaks
        "fr",
        "À Séoul, le ministère de la Défense estimait qu'environ 10 000 soldats nord-coréens "
        "avaient été déployés.",
        "KR",
        "South Korean",
    ),
    (
        "fr",
        "Selon les estimations sud-coréennes, au moins 600 soldats nord-coréens ont été tués.",
        "KR",
        "South Korean",
    ),
    (
        "en",
        "According to US and South Korean estimates, about 11,000 North Korean troops were sent.",
        "US;KR",
        "US and South Korean",
    ),
    (  # an estimate named as the object of a verb does not speak
        "en",
        "Jenny Town of the Stimson Center called the Ukrainian estimate very high and said 10,000 "
        "more troops would be realistic.",
        "US",
        "Stimson",
    ),
    (
        "en",
        "North Korean leader Kim Jong Un mourned nine sappers killed while clearing mines.",
        "KP",
        "North Korean state",
    ),
    (
        "fr",
        "Kim Jong Un a rendu hommage aux neuf sapeurs tués lors du déminage de Koursk.",
        "KP",
        "North Korean state",
    ),
    (  # an estimate's passive participle before the figure, its agent after it
        "fr",
        "Le contingent initial, estimé à quelque 11 000 hommes par le renseignement "
        "sud-coréen, aurait perdu un quart de ses effectifs.",
        "KR",
        "NIS",
    ),
    (
        "en",
        "The initial contingent, estimated at some 11,000 men by South Korean intelligence, "
        "has lost a quarter of its strength.",
        "KR",
        "NIS",
    ),
    (
        "en",
        "A senior Whitehall official said that between 10,000 and 11,000 North Korean personnel "
        "were believed to remain in Russia.",
        "GB",
        "UK",
    ),
    (  # a clause put first names the subject of the pronoun after it
        "en",
        "When South Korea's spy agency first put a number on North Korea's losses in Russia, in "
        "December, it spoke of at least 100 soldiers killed.",
        "KR",
        "NIS",
    ),
    (
        "fr",
        "Selon la presse, le NIS s'en tenait, le 13 janvier, à environ 3 000 pertes.",
        "KR",
        "NIS",
    ),
    (  # "his agency": the institution of the person just named
        "en",
        "The GUR chief Kyrylo Budanov has kept counting. On December 17 his agency said that "
        "roughly 200 North Koreans had been killed.",
        "UA",
        "Ukrainian",
    ),
    (
        "fr",
        "Kyrylo Boudanov, chef du renseignement militaire ukrainien, n'a cessé de compter. Le 17 "
        "décembre, son agence a affirmé qu'environ 200 Nord-Coréens avaient été tués.",
        "UA",
        "Ukrainian",
    ),
    (  # « a ainsi affirmé »: an adverb between the auxiliary and the participle
        "fr",
        "Jeudi, Volodymyr Zelensky a ainsi affirmé que des milliers de Nord-Coréens avaient été "
        "tués depuis leur arrivée sur le front.",
        "UA",
        "Ukrainian president",
    ),
    (  # « de Kiev et de Séoul »: sources joined with the preposition repeated
        "fr",
        "Au total, d'après les estimations convergentes de Kiev et de Séoul, plus de 14 000 "
        "soldats nord-coréens auraient été engagés aux côtés des Russes.",
        "UA;KR",
        "Ukrainian government and South Korean government",
    ),
    (  # another clause after the figure, with its own speaker, is not the figure's
        "en",
        "Ukraine's General Staff said on Friday that Russian losses had passed 750,000 soldiers "
        "killed and wounded, and Britain's defence ministry reckons that Moscow lost about 1,500 "
        "men a day in November.",
        "UA",
        "Ukrainian",
    ),
    (  # "its director": the institution just named
        "en",
        "The most recent estimate comes from South Korea's National Intelligence Service (NIS). "
        "In mid-March, its director told lawmakers that about 13,000 North Korean military "
        "personnel were in Russia.",
        "KR",
        "NIS",
    ),
    (
        "fr",
        "La dernière estimation vient du renseignement sud-coréen (NIS). Son directeur a indiqué "
        "aux députés qu'environ 13 000 militaires nord-coréens se trouvaient en Russie.",
        "KR",
        "NIS",
    ),
    (  # a source named twice before a colon, then its spokesman
        "en",
        "Ukraine's military intelligence agency (HUR) puts the real number higher: more than "
        "4,000 North Korean soldiers killed, its spokesman said late last month.",
        "UA",
        "Ukrainian",
    ),
    (  # an unnamed source takes the institution its own words name
        "fr",
        "D'après un responsable du renseignement militaire (GUR) qui s'est confié à l'AFP, "
        "quelque 3 000 militaires nord-coréens ont été acheminés jusqu'à Koursk.",
        "UA",
        "Ukrainian intelligence",
    ),
    (
        "en",
        "A senior official at the Pentagon said about 3,000 North Korean troops had been moved "
        "to Kursk.",
        "US",
        "US",
    ),
    (  # « Selon sa porte-parole »: the institution's spokesperson
        "fr",
        "Le Pentagone a affiné son estimation. Selon sa porte-parole adjointe, Sabrina Singh, "
        "environ 10 000 soldats nord-coréens ont été envoyés en Russie.",
        "US",
        "US",
    ),
    (
        "en",
        "The Pentagon refined its estimate. According to its deputy spokesperson, Sabrina Singh, "
        "about 10,000 North Korean soldiers had been sent to train in eastern Russia.",
        "US",
        "US",
    ),
    (  # a capital as the government, and a country's white paper
        "en",
        "In Tokyo, the defense ministry said North Korea had sent about 16,000 personnel to "
        "Russia.",
        "JP",
        "Japanese",
    ),
    (
        "en",
        "Japan's annual defense white paper, released last month, estimated that North Korea had "
        "sent about 16,000 personnel to Russia.",
        "JP",
        "Japanese",
    ),
    (  # countries beyond the war's parties: demonyms and "<capital>-based"
        "en",
        "French officials said 11,000 North Korean soldiers were in Russia.",
        "FR",
        "French",
    ),
    (
        "en",
        "Polish intelligence said 11,000 North Korean soldiers were in Russia.",
        "PL",
        "Polish",
    ),
    (
        "en",
        "About 2,300 North Korean soldiers have been killed, a Stockholm-based research group "
        "estimated.",
        "SE",
        "Swedish",
    ),
    (
        "fr",
        "Selon le renseignement militaire français, 11 000 soldats nord-coréens sont en Russie.",
        "FR",
        "French",
    ),
    (
        "fr",
        "Environ 2 300 soldats nord-coréens ont été tués, selon un institut de recherche basé à "
        "Stockholm.",
        "SE",
        "Swedish",
    ),
    (  # a verb coordinated after the figure has the subject of the statement before it
        "en",
        "Ukrainian officials said last week that Pyongyang had sent some 12,000 soldiers in "
        "total, and warned that the first clashes had already taken place.",
        "UA",
        "Ukrainian",
    ),
    (
        "fr",
        "Des responsables ukrainiens ont déclaré que Pyongyang avait envoyé quelque 12 000 "
        "soldats au total, et ont averti que les premiers combats avaient eu lieu.",
        "UA",
        "Ukrainian",
    ),
    (
        "fr",
        "Le NIS a informé les députés que quelque 2 000 soldats nord-coréens auraient été tués.",
        "KR",
        "NIS",
    ),
    (
        "en",
        "The NIS informed lawmakers on Thursday that some 2,000 North Korean soldiers had been "
        "killed.",
        "KR",
        "NIS",
    ),
    (  # « le même service »: the last intelligence source named
        "fr",
        "Le NIS a revu son bilan. L'estimation marque une hausse. En avril, le même "
        "service évaluait encore à environ 600 le nombre de militaires nord-coréens tués.",
        "KR",
        "NIS",
    ),
    (  # a date between commas after the auxiliary
        "fr",
        "Le rapporteur a rappelé que le service sud-coréen du renseignement avait, mercredi "
        "dernier, chiffré à quelque 600 le nombre de soldats nord-coréens tués.",
        "KR",
        "South Korean intelligence",
    ),
    (  # "It" opening a sentence takes up the source before, like "he" and "they"
        "en",
        "Ukraine's General Staff has published its daily tally. It now puts Russian losses "
        "since the invasion at more than 860,000 soldiers killed and wounded.",
        "UA",
        "Ukrainian military",
    ),
    (  # a capital's possessive names whose institution follows; "counts" before a figure
        "en",
        "Kyiv's General Staff now counts more than a million Russian soldiers killed or "
        "wounded since February 2022.",
        "UA",
        "Ukrainian military",
    ),
    (  # a name reported in an infinitive clause put first is not the pronoun's subject
        "fr",
        "La porte-parole du ministère sud-coréen de la Défense a été interrogée vendredi. "
        "Après avoir rappelé que Washington partageait ses informations avec Séoul, elle a "
        "estimé que « près de 3 000 » soldats nord-coréens se trouvaient en Russie.",
        "KR",
        "South Korean",
    ),
    (  # a demonstrative takes the last source the sentence before named, not one of its own
        "fr",
        "Le même jour, à Séoul, le NIS a présenté aux députés sa propre évaluation. "
        "Contrairement à la Maison Blanche, qui se gardait de toute projection, celui-ci juge "
        "que Pyongyang a déjà envoyé plus de 3 000 soldats.",
        "KR",
        "NIS",
    ),
    (  # « Ces derniers »: the last source named, not the sentence's subject; « pour le
        # compte de Moscou » is no statement verb
        "fr",
        "Le président Zelensky s'appuie sur les services de renseignement militaire de son "
        "pays (GUR). Ces derniers font état d'environ 12 000 militaires nord-coréens mobilisés "
        "pour le compte de Moscou.",
        "UA",
        "Ukrainian intelligence",
    ),
    (
        "en",
        "Zelensky relies on his military intelligence agency, the GUR. The latter puts the "
        "North Korean contingent at about 12,000 troops.",
        "UA",
        "Ukrainian intelligence",
    ),
    (  # an institution without its country, in a dispatch datelined at a capital
        "en",
        "SEOUL, Nov 5 (Wire) - The defence ministry said on Tuesday that 3,000 North Korean "
        "soldiers had been sent.",
        "KR",
        "South Korean military",
    ),
    (  # a spokesman of such an institution, with an indefinite article
        "en",
        "SEOUL, March 21 - About 21,000 South Korean servicemen are already in Vietnam, a "
        "defense ministry spokesman told reporters today.",
        "KR",
        "South Korean military",
    ),
    (
        "fr",
        "SÉOUL, 21 mars - Environ 21 000 soldats sud-coréens sont déjà au Vietnam, a indiqué un "
        "porte-parole du ministère de la Défense.",
        "KR",
        "South Korean military",
    ),
    (  # "official" before a count is no official speaking: the capital's count
        "en",
        "Havana's official count of its dead in Angola stands at slightly more than 2,000.",
        "CU",
        "Cuban government",
    ),
    (  # or after the capital named as a place in its sentence
        "fr",
        "À Séoul, le ministère de la Défense estimait qu'environ 10 000 soldats nord-coréens "
        "avaient été déployés.",
        "KR",
        "South Korean military",
    ),
    (  # not when another country's institution of that kind was named before
        "en",
        "KYIV, Jan 31 - Russia's defence ministry said its forces had advanced. The defence "
        "ministry said 300 Ukrainian soldiers were wounded.",
        "RU",
        "Russian military",
    ),
    (  # « pour qui »: the source named right before speaks
        "fr",
        "Selon Kiev, le NIS, pour qui 3 000 soldats sont morts, se trompe.",
        "KR",
        "NIS",
    ),
    (  # an embassy speaks for its government
        "fr",
        "Selon l'ambassade du Népal à Moscou, 200 Népalais ont été recrutés.",
        "NP",
        "Nepali government",
    ),
    (  # a passive participle before its agent: the agent claims the figure
        "fr",
        "Plus d'un million. Ce sont les pertes russes, tués et blessés confondus, revendiquées "
        "par l'état-major ukrainien depuis février 2022.",
        "UA",
        "Ukrainian",
    ),
    (  # an "it" inside a relative clause is no pronoun cue: the sentence's own verb speaks
        "en",
        "The NIS briefed lawmakers. North Korea has confirmed only the nine sappers whose "
        "deaths it announced in December.",
        "KP",
        "North Korean",
    ),
    (  # the subject of a verb sending troops sends them: the lawmaker relays the NIS
        "fr",
        "Selon le NIS, les pertes ont augmenté. Pyongyang a en outre envoyé 6 000 hommes "
        "depuis juin, a précisé le député Lee Seong-kweun.",
        "KR",
        "NIS",
    ),
    (  # "was preparing to send": Pyongyang acts, the agency speaks
        "en",
        "The NIS briefed lawmakers. The spy agency also said Pyongyang was preparing to send "
        "some 6,000 additional troops to Russia, lawmaker Lee Seong-kweun told reporters.",
        "KR",
        "NIS",
    ),
    (  # a sender guard: a statement verb before the sending verb keeps the speaker
        "fr",
        "Pyongyang affirme avoir envoyé 6 000 hommes.",
        "KP",
        "North Korean",
    ),
    (  # a figureless sentence's speaker named in an incise is whom "son porte-parole" takes up,
        # not the agent of a sending named first
        "fr",
        "Les soldats envoyés par Kim Jong Un ont commencé à combattre, a affirmé mardi le "
        "département d'État américain. Selon son porte-parole, plus de 10 000 militaires "
        "nord-coréens ont été envoyés dans l'est de la Russie.",
        "US",
        "US government",
    ),
    (  # a person who leads a research body is an expert of it, from where it is based
        "en",
        "Marta Kidane leads the Horn Conflict Data Project, an independent research group "
        "based in London. Between 15,000 and 20,000 Eritrean soldiers died, she said.",
        "GB",
        "Marta Kidane (Horn Conflict Data Project)",
    ),
    (
        "fr",
        "Marta Kidane dirige le Horn Conflict Data Project, un groupe de recherche basé à "
        "Londres. Selon elle, entre 15 000 et 20 000 soldats érythréens sont morts.",
        "GB",
        "Marta Kidane (Horn Conflict Data Project)",
    ),
    (
        "en",
        "Miriam Kasongo heads the Great Lakes Conflict Observatory, a research group based in "
        "Nairobi. At least 600 Rwandan soldiers have died, she said.",
        "KE",
        "Great Lakes Conflict Observatory",
    ),
    (  # an armed group after a title's adjective: its spokesman, who speaks
        "fr",
        "Le porte-parole militaire des Houthis affirme que ses combattants ont tué plus de "
        "3 000 soldats saoudiens.",
        "YE",
        "Houthis",
    ),
    (  # "Their military spokesman said": the group named just before
        "en",
        "The Houthis tell a very different story. Their military spokesman said on Tuesday "
        "that 80 Sudanese soldiers were killed.",
        "YE",
        "Houthis",
    ),
    (  # a lawmaker named by a noun alone sits in the parliament of the dispatch's capital
        "fr",
        "KHARTOUM - Lundi, un député a affirmé que plus de 500 soldats soudanais avaient péri "
        "au Yémen.",
        "SD",
        "Sudanese lawmakers",
    ),
    (
        "en",
        "KHARTOUM (Wire) - A lawmaker said on Monday that more than 500 Sudanese soldiers had "
        "died in Yemen.",
        "SD",
        "Sudanese lawmakers",
    ),
    (  # guard: in a dispatch from Seoul, Seoul's
        "en",
        "SEOUL (Wire) - A lawmaker said on Monday that 500 North Korean soldiers had died.",
        "KR",
        "South Korean lawmakers",
    ),
    (  # a lawmaker with no agency near passes on none of another country named next
        "fr",
        "Le bilan n'a pas été actualisé. Environ 6 000 hommes sont arrivés en Russie depuis "
        "juin, a précisé le député Lee Seong-kweun. Moscou avait annoncé ce déploiement.",
        "KR",
        "South Korean",
    ),
    (
        "en",
        "The toll was not updated. About 6,000 more troops have arrived in Russia since June, "
        "lawmaker Lee Seong-kweun said. Moscow announced the deployment in June.",
        "KR",
        "South Korean",
    ),
    # reporting verbs in the present, participles and avowals
    (
        "en",
        "Jan. 11: Zelensky announces that two North Korean soldiers were captured.",
        "UA",
        "Ukrainian president",
    ),
    (
        "en",
        "Zelensky gave a rare figure on Sunday, telling a news conference in Kyiv that 31,000 "
        "Ukrainian soldiers had been killed.",
        "UA",
        "Ukrainian president",
    ),
    ("en", "The Kremlin admitted on Monday that 300 soldiers had died.", "RU", "Russian"),
    ("en", "The NIS insisted that about 11,000 soldiers had been sent.", "KR", "NIS"),
    (
        "fr",
        "Au début du mois, le président ukrainien avait soutenu que les pertes dépassaient 3 800 "
        "soldats tués ou blessés.",
        "UA",
        "Ukrainian president",
    ),
    (
        "fr",
        "Le président ukrainien a par ailleurs annoncé samedi la capture de deux soldats "
        "nord-coréens.",
        "UA",
        "Ukrainian president",
    ),
    ("fr", "Le JCS s'en tient à environ 1 100 pertes nord-coréennes.", "KR", "JCS"),
    (  # an incise's inverted subject naming the last source's kind: that source
        "fr",
        "Le NIS a parlé lundi. Au total, quelque 11 000 militaires nord-coréens ont été "
        "dépêchés en Russie, a rappelé l'agence sud-coréenne, qui n'exclut pas d'autres envois.",
        "KR",
        "NIS",
    ),
    (  # not when another source spoke since ("l'agence" is then KCNA's)
        "fr",
        "Le NIS a parlé lundi. Selon l'agence officielle KCNA, Kim a reçu le régiment. Le "
        "régiment a perdu neuf de ses soldats, a reconnu l'agence.",
        "KP",
        "North Korean",
    ),
    (  # « de » and a feminine country's name without its article
        "fr",
        "L'ambassadeur de Lettonie a estimé mardi que 6 000 soldats nord-coréens étaient en "
        "Russie.",
        "LV",
        "Latvian government",
    ),
    (
        "fr",
        "L'ambassadeur de France a estimé que Moscou avait perdu 1,2 million de soldats.",
        "FR",
        "French",
    ),
    (  # a Commonwealth country's embassy
        "en",
        "An Indian High Commission spokesman in Colombo said that about 3,000 Indian soldiers "
        "had landed.",
        "IN",
        "Indian government",
    ),
    ("en", "The IPKF's final tally was some 2,200 Tigers killed.", "IN", "Indian military"),
    (  # archives named as a body, placed by their description
        "en",
        "The Abraham Lincoln Brigade Archives, a New York organization that keeps the records, "
        "said about 2,800 Americans went to Spain.",
        "US",
        "Abraham Lincoln Brigade Archives",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country", "name"), CLAIMANT_ROWS, ids=[r[1] for r in CLAIMANT_ROWS]
)
def test_claimant(lang, text, country, name):
    (claim,) = claims(text, lang)
    assert claim.claimant_country == country
    assert name in claim.claimant


@pytest.mark.parametrize(
    ("lang", "text", "country", "name"),
    [
        (  # a pronoun after a colon: the subject opening the clause before it
            "en",
            "Kyiv says the dead number 4,000. Britain's Defence Intelligence sits somewhere in "
            "between: in June it put North Korean casualties at more than 6,000.",
            "GB",
            "UK",
        ),
        (  # « parlait à l'époque de »: an apostrophe between the verb and its object
            "fr",
            "Kiev avait évoqué quelque 4 000 tués ou blessés, tandis que le renseignement "
            "sud-coréen parlait à l'époque de 300 morts nord-coréens.",
            "KR",
            "NIS",
        ),
    ],
    ids=["it put, after a colon", "parlait à l'époque de"],
)
def test_the_second_figure_has_its_own_source(lang, text, country, name):
    first, second = claims(text, lang)
    assert first.claimant_country == "UA"
    assert (second.claimant_country, name in second.claimant) == (country, True)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "South Korea's spy agency told lawmakers in early September that about 2,000 North "
            "Korean soldiers had died, and said on November 4 that some 10,000 troops remained in "
            "Russia.",
        ),
        (
            "fr",
            "Le NIS a indiqué début septembre aux députés qu'environ 2 000 soldats nord-coréens "
            "étaient morts, et a déclaré le 4 novembre que quelque 10 000 soldats restaient en "
            "Russie.",
        ),
    ],
    ids=["and said on November 4", "et a déclaré le 4 novembre"],
)
def test_a_coordinated_statement_verb_with_its_own_date_dates_the_figures_after_it(lang, text):
    first, second = claims(text, lang, "2025-11-14")
    assert (first.claimant_country, first.claim_date) == ("KR", "2025-09")
    assert (second.claimant_country, second.claim_date) == ("KR", "2025-11-04")


def test_a_source_named_after_another_figure_past_a_comma_is_that_figures():
    text = (
        "Le NIS a indiqué mardi aux députés que le nombre de soldats nord-coréens en Russie était "
        "redescendu à environ 8 000, contre près de 12 000 selon l'estimation de l'état-major "
        "interarmées (JCS) publiée fin juin."
    )
    now, before = claims(text, "fr", "2026-09-16")
    assert ("NIS" in now.claimant, now.claim_date) == (True, "2026-09-15")
    assert ("JCS" in before.claimant, before.claim_date) == (True, "2026-06")


def test_figures_joined_without_a_comma_share_the_source_named_after_them():
    text = (
        "Le conférencier a évoqué les 1 000 démineurs et les 5 000 ouvriers militaires promis en "
        "juin par Moscou."
    )
    assert {c.claimant_country for c in claims(text, "fr", "2025-09-12")} == {"RU"}


def test_a_coordinated_statement_verb_keeps_the_date_before_when_it_has_none():
    text = (
        "In March, Seoul's Joint Chiefs of Staff put the number of North Koreans killed or "
        "wounded at about 4,000, and said at least 3,000 reinforcements had arrived over "
        "January and February."
    )
    assert {c.claim_date for c in claims(text, "en", "2025-04-29")} == {"2025-03"}


def test_its_last_public_estimate_is_the_source_named_before():
    (claim,) = claims(
        "South Korea's National Intelligence Service declined to comment. Its last public "
        "estimate, given to lawmakers in January, was that around 10,000 North Korean troops "
        "remained in Russia.",
        "en",
        "2026-03-12",
    )
    assert (claim.claimant_country, claim.claim_date) == ("KR", "2026-01")


def test_the_date_nearest_before_the_cue_and_a_count_of_days_from_the_sentences_date():
    (claim,) = claims(
        "L'été venu, les cercueils rentraient à Pyongyang, et, début septembre, le NIS évaluait "
        "à quelque 2 000 le nombre de morts nord-coréens.",
        "fr",
        "2025-12-30",
    )
    assert claim.claim_date == "2025-09"
    found = claims(
        "North Korea admitted the deployment on April 28, 2025, and two days later the NIS said "
        "roughly 15,000 soldiers had been sent.",
        "en",
        "2026-05-18",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [(15000, "2025-04-30")]


def test_a_date_inside_the_statement_cue_dates_it():
    found = claims(
        "Britain estimated more than 6,000 casualties, a striking share of a force that South "
        "Korea's National Intelligence Service put in April at roughly 15,000 soldiers.",
        "en",
        "2025-07-26",
    )
    assert [(c.value_best, c.claim_date) for c in found][-1] == (15000, "2025-04")


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "The panel, which monitors an arms embargo first imposed in 2004, said on Tuesday "
            "that at least 380 Colombians had served with the RSF.",
            "2025-09-02",
        ),
        (
            "en",
            "The panel, which was set up in 2004, said that at least 380 Colombians had served "
            "with the RSF.",
            "2025-09-05",
        ),
        (
            "fr",
            "Le groupe d'experts, qui surveille l'embargo imposé en 2004, a affirmé mardi qu'au "
            "moins 380 Colombiens avaient combattu avec les FSR.",
            "2025-09-02",
        ),
        (  # the relative clause that holds the statement verb dates it
            "en",
            "The NIS, which said on Tuesday that 300 soldiers were killed, is cautious.",
            "2025-09-02",
        ),
    ],
)
def test_a_relative_clause_describing_the_speaker_dates_no_statement(lang, text, date):
    (claim,) = claims(text, lang, "2025-09-05")
    assert claim.claim_date == date


def test_a_date_of_history_is_no_statement_of_the_source_named_with_it():
    (claim,) = claims(
        "Une telle démarche suppose l'accord de Kiev, tenu par les conventions de Genève de 1949. "
        "Kiev détient des milliers de prisonniers de guerre russes.",
        "fr",
        "2025-02-20",
    )
    assert (claim.claimant_country, claim.claim_date) == ("UA", "2025-02-20")


def test_an_estimate_presented_on_a_day_dates_the_sentence_before():
    (claim,) = claims(
        "Selon le NIS, environ 2 000 soldats nord-coréens ont été tués. L'estimation a été "
        "présentée jeudi 4 septembre aux députés.",
        "fr",
        "2025-09-05",
    )
    assert (claim.claimant_country, claim.claim_date) == ("KR", "2025-09-04")


def test_the_same_figure_restated_by_the_same_source_is_one_claim():
    found = claims(
        "UK intelligence said on Sunday that 6,000 North Koreans were casualties. By Sunday, "
        "UK intelligence said, more than 6,000 North Koreans had been killed or wounded.",
        "en",
        "2025-06-16",
    )
    assert [(c.value_best, c.qualifier) for c in found] == [(6000, "exact")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président ukrainien a annoncé samedi la capture de deux soldats nord-coréens. "
            "Les deux prisonniers appartiendraient aux forces spéciales.",
        ),
        (
            "en",
            "Kyiv said on Saturday it had captured two North Korean soldiers. The two prisoners "
            "are being questioned by the SBU.",
        ),
    ],
)
def test_a_figure_a_source_stated_on_another_day_is_recalled_by_no_one(lang, text):
    found = claims(text, lang, "2025-01-14")
    assert [(c.value_best, c.claimant_country) for c in found] == [(2, "UA")]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "fr",
            "Mercredi, c'était au tour de Séoul de livrer ses chiffres. Devant les députés, le NIS "
            "a expliqué que Pyongyang avait dépêché environ 15 000 soldats en Russie.",
            "2025-04-30",
        ),
        (
            "en",
            "On Wednesday it was Seoul's turn to give its figures. The NIS told lawmakers that "
            "about 15,000 soldiers had been sent to Russia.",
            "2025-04-30",
        ),
        (  # another country's source: not the turn the sentence before dated
            "en",
            "On Wednesday it was Seoul's turn to give its figures. Kyiv's intelligence told "
            "reporters that about 15,000 soldiers had been sent to Russia.",
            "2025-05-02",
        ),
        (  # another paragraph
            "en",
            "On Wednesday it was Seoul's turn to give its figures.\n\nThe NIS told lawmakers "
            "that about 15,000 soldiers had been sent to Russia.",
            "2025-05-02",
        ),
    ],
)
def test_a_sentence_with_no_figure_that_dates_a_countrys_turn_dates_its_next_statement(
    lang, text, date
):
    (claim,) = claims(text, lang, "2025-05-02")
    assert claim.claim_date == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a paragraph of history after a source's figure: no one's
            "Havana's official count of its dead stands at 2,000.\n\nIn 1988, Cuba had about "
            "50,000 soldiers in Angola.",
            [(2000, "CU"), (50000, "")],
        ),
        (  # in the same paragraph, the source's still
            "Havana's official count of its dead stands at 2,000. In 1988, Cuba had about "
            "50,000 soldiers in Angola.",
            [(2000, "CU"), (50000, "CU")],
        ),
        (  # a recent date: the source's still
            "Havana's official count of its dead stands at 2,000.\n\nIn 1990, Cuba had about "
            "50,000 soldiers in Angola.",
            [(2000, "CU"), (50000, "CU")],
        ),
    ],
)
def test_a_paragraph_of_history_inherits_no_source(text, expected):
    found = claims(text, "en", "1991-05-27")
    assert [(c.value_best, c.claimant_country) for c in found] == expected


def test_a_figure_a_source_stated_is_still_another_sources_claim():
    found = claims(
        "Kyiv said on Saturday it had captured two North Korean soldiers. On Monday, the NIS "
        "also said two North Korean soldiers had been captured.",
        "en",
        "2025-01-14",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [(2, "UA"), (2, "KR")]


OWN_VOICE_ROWS = [
    (  # an opinion piece's author, after a source the figure before
        "fr",
        "Le renseignement sud-coréen s'en tient à environ 2 000 morts. À mon sens, le bilan "
        "réel dépasse 3 000 morts.",
    ),
    (
        "en",
        "South Korean intelligence sticks to about 2,000 dead. In my view, the real toll "
        "exceeds 3,000 dead.",
    ),
    (
        "en",
        "The NIS said on Monday that about 2,000 had been killed. My own tally, built from "
        "Russian hospital reports, suggests that at least 3,500 wounded North Koreans passed "
        "through clinics.",
    ),
    (
        "en",
        "The NIS said on Monday that about 2,000 had been killed. Our own estimate is that "
        "between 2,800 and 3,400 North Korean soldiers have been killed.",
    ),
    (
        "en",
        "The NIS said on Monday that about 2,000 had been killed. My own guess is that the dead "
        "alone would have passed 3,000 by now.",
    ),
    (
        "fr",
        "Le NIS a évoqué lundi environ 2 000 morts. En croisant ces sources, nous retenons au "
        "moins 2 500 soldats nord-coréens tués.",
    ),
    (  # after the figure, in a sentence with no statement cue
        "en",
        "The NIS said on Monday that about 15,000 had been sent. Add the rotations since, and at "
        "least 20,000 North Korean servicemen have passed through Russia, by this website's "
        "count.",
    ),
    (
        "en",
        "The NIS said on Monday that about 2,000 had been killed. By our reading of the "
        "returns, at least 4,000 North Korean soldiers were in Russia on Sunday.",
    ),
    (  # a count the outlet keeps, named after the figure with the cue it opens
        "en",
        "The NIS said on Monday that about 2,000 had been killed. At least 300 North Korean "
        "soldiers have been captured since January, according to a count kept by this "
        "newspaper.",
    ),
    (
        "fr",
        "Le NIS a évoqué lundi environ 2 000 morts. Au moins 2 500 soldats nord-coréens ont été "
        "tués, d'après les estimations compilées par notre rédaction.",
    ),
    (
        "fr",
        "Le NIS a évoqué lundi environ 2 000 morts. Pendant quatre mois, notre rédaction a "
        "recensé les avis de décès de 1 200 soldats nord-coréens tués.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), OWN_VOICE_ROWS, ids=[r[1][60:120] for r in OWN_VOICE_ROWS]
)
def test_the_articles_own_estimate_has_no_claimant(lang, text):
    first, own = claims(text, lang)
    assert (first.claimant_country, own.claimant_country, own.claimant) == ("KR", "", "")


RECALLED_ROWS = [
    # (lang, text, country of the recalled figure): a figure after a definite article, with
    # no source of its own, is a known quantity recalled, unless recalled as stated.
    (
        "en",
        "South Korea's spy agency said that about 2,000 had been killed. That is a fifth of the "
        "11,000 men Pyongyang sent in the first wave.",
        "",
    ),
    (
        "fr",
        "Le NIS évaluait à 2 500 le nombre de soldats nord-coréens tués. Rapporté aux 11 000 "
        "hommes de la première vague, ce chiffre dit tout.",
        "",
    ),
    (
        "fr",
        "Le NIS estime désormais qu'environ 2 000 soldats nord-coréens sont morts. C'est beaucoup "
        "plus que les quelque 600 morts annoncés en avril.",
        "KR",
    ),
    (  # a sentence attributed with « selon » is a statement, even with no known name
        "fr",
        "L'état-major sud-coréen (JCS) a fait état jeudi de 3 000 soldats supplémentaires. Ces "
        "renforts s'ajoutent aux quelque 11 000 hommes dépêchés à l'automne, selon le rapport "
        "publié jeudi.",
        "KR",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"), RECALLED_ROWS, ids=[r[1][60:110] for r in RECALLED_ROWS]
)
def test_a_figure_recalled_with_a_definite_article_inherits_no_source(lang, text, country):
    first, recalled = claims(text, lang)
    assert (first.claimant_country, recalled.claimant_country) == ("KR", country)


SPEECH_ROWS = [
    # (lang, text, [(value, claimant country)]): figures said in speech, the speaker named
    # in the sentence before the quotation or in the one announcing it.
    (  # the names inside the quotation are not who « a-t-il martelé » takes up
        "fr",
        "Le représentant adjoint des États-Unis, Robert Wood, a ouvert le feu. « Nous estimons "
        "qu'environ 8 000 soldats nord-coréens se trouvent dans la région de Koursk.\n\n« Je "
        "pose donc une question à mon collègue russe : la Russie a-t-elle dû faire appel à "
        "Pyongyang ? », a-t-il martelé.",
        [(8000, "US")],
    ),
    (  # « D'après nos services » in a quotation: the quoted speaker's services
        "fr",
        "Le président ukrainien a livré un chiffre plus élevé. « D'après nos services de "
        "renseignement, il y a déjà 11 000 soldats nord-coréens dans la région de Koursk. Ce ne "
        "sont pas des rumeurs. »",
        [(11000, "UA")],
    ),
    (  # a country speaking: « La France estime »
        "fr",
        "Jean-Noël Barrot a pris la parole à son tour. « La France estime pour sa part à plus de "
        "6 000 le nombre de soldats nord-coréens tués ou blessés. Ce chiffre dit une chose. »",
        [(6000, "FR")],
    ),
    (  # "reads:" closing its paragraph announces the next one, a speech reproduced
        "en",
        "Zelenskyy delivered the address in Ukrainian. The passage on North Korea, as published "
        "by his office, reads:\n\nRussia has lost more than 1.2 million soldiers, killed and "
        "wounded. From North Korea alone, he took at least 15,000 men.\n\nAnalysts noted the "
        "tone. About 2,000 more were sent, South Korea's spy agency said.",
        [(1200000, "UA"), (15000, "UA"), (2000, "KR")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), SPEECH_ROWS, ids=[r[1][:50] for r in SPEECH_ROWS]
)
def test_a_figure_said_in_speech_is_the_speakers(lang, text, expected):
    found = claims(text, lang, "2026-11-10")
    assert [(c.value_best or c.value_low, c.claimant_country) for c in found] == expected


def test_a_colon_after_a_sources_tally_opens_that_sources_figures():
    found = claims(
        "In April came the admissions from Moscow and Pyongyang, and a new NIS tally: roughly "
        "15,000 soldiers sent in total, and around 600 of them dead.",
        "en",
        "2025-12-30",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [(15000, "KR"), (600, "KR")]
    (first,) = claims("Mercredi, le NIS devant les députés : 15 000 soldats envoyés.", "fr")
    assert first.claimant_country == "KR"  # a relay named last is not the colon's source


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "NIS, November 2025: around 10,000 still stationed in Russia; separately, about "
            "5,000 construction troops were being moved in.",
            [(10000, "2025-11"), (5000, "2025-11")],
        ),
        (
            "fr",
            "Président ukrainien, décembre 2024 : plus de 3 000 tués ou blessés.",
            [(3000, "2024-12")],
        ),
    ],
)
def test_a_date_between_a_source_and_its_colon_dates_its_figures(lang, text, expected):
    found = claims(text, lang, "2026-10-01")
    assert [(c.value_best, c.claim_date) for c in found] == expected


def test_a_year_after_the_losses_a_cue_puts_at_a_figure_is_the_losses_not_the_statements():
    found = claims(
        "Soviet tanks crushed the uprising of 1956 in two weeks; the revolt of 1956 still "
        "divides. Last year, the Soviet defence ministry put the army's losses in Hungary in "
        "1956 at 720 dead and 1,540 wounded.",
        "en",
        "1991-06-20",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [(720, "1990"), (1540, "1990")]
    # a month or an "as of" day there dates the statement
    (june,) = claims("UK intelligence put overall casualties in June at 6,000.", "en", "2025-10-14")
    assert june.claim_date == "2025-06"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a label opening the sentence up to a colon
            "fr",
            "Dépêche du 19 décembre 2024 : un député sud-coréen, au sortir d'une réunion avec le "
            "NIS, fait état d'au moins 100 soldats nord-coréens tués.",
            [(100, "2024-12-19")],
        ),
        (  # a clause naming the statement, up to its colon
            "en",
            "Both governments said in 1989 that the real totals were higher: Tehran spoke of "
            "70,000 Iraqi prisoners.",
            [(70000, "1989")],
        ),
        (  # a clause of events, not a statement: the figure keeps the published date
            "en",
            "Its contingents have been hit repeatedly this year: two Egyptian peacekeepers "
            "were killed, the mission said.",
            [(2, "2026-10-01")],
        ),
    ],
)
def test_a_label_or_a_statement_before_a_colon_dates_the_figures_after_it(lang, text, expected):
    found = claims(text, lang, "2026-10-01")
    assert [(c.value_best, c.claim_date) for c in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "en",
            "Pyongyang itself has published a single number. In December, state media reported "
            "that nine soldiers of an engineer regiment had been killed.",
            "KP",
        ),
        (
            "fr",
            "Pyongyang n'a jamais publié de bilan global. En décembre, la télévision d'État a "
            "honoré neuf sapeurs tués lors d'une mission de déminage.",
            "KP",
        ),
        (
            "en",
            "Moscow gave no figure. State television said 300 North Korean soldiers were killed.",
            "RU",
        ),
    ],
    ids=["state media", "télévision d'État", "Moscow's"],
)
def test_state_media_named_without_a_country_are_the_last_named_states(lang, text, country):
    (claim,) = claims(text, lang, "2026-04-29")
    assert claim.claimant_country == country
    assert claim.claimant.endswith(" state media")


def test_a_verb_coordinated_with_a_statement_shares_its_subject_not_a_name_it_reported():
    found = claims(
        "Fin mars, l'état-major interarmées sud-coréen (JCS) estimait qu'environ 3 000 soldats "
        "supplémentaires avaient rejoint la Russie en janvier et février, et chiffrait à quelque "
        "4 000 tués ou blessés les pertes du premier contingent.",
        "fr",
        "2025-10-22",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [(3000, "KR"), (4000, "KR")]


def test_a_year_long_past_in_another_clause_leaves_the_figure_a_claim():
    (claim,) = claims(
        "The largest deployment since 1950: about 12,000 North Korean troops, the NIS said.",
        "en",
        "2025-04-30",
    )
    assert (claim.value_best, claim.claimant_country) == (12000, "KR")


def test_state_media_named_by_their_outlet_are_that_outlet():
    text = "Pyongyang will send workers, according to the state news agency RIA Novosti."
    assert [(m.name, m.country) for m in find_mentions(text, "en")] == [
        ("North Korean state", "KP"),
        ("Russian state media", "RU"),
    ]


def test_a_speaker_of_a_relative_clause_is_not_whom_a_pronoun_takes_up_next():
    found = claims(
        "Le NIS a informé les députés. Le député Lee Seong-kweun a apporté des précisions sur "
        "les deux prisonniers dont Kiev a annoncé la capture samedi. D'après lui, ils faisaient "
        "partie d'un contingent de 2 500 militaires envoyé à l'époque.",
        "fr",
        "2025-01-13",
    )
    assert found[-1].value_best == 2500
    assert found[-1].claimant_country == "KR"


def test_state_media_with_no_state_named_before_have_no_country():
    (claim,) = claims(
        "Analysts compared the figures. State media said 300 soldiers had been killed.",
        "en",
        "2026-04-29",
    )
    assert (claim.claimant, claim.claimant_country) == ("state media", "")


def test_selon_la_meme_note_after_a_recalled_figure_carries_the_last_source():
    first, recalled = claims(
        "Dans une note publiée dimanche, le renseignement militaire britannique estime que la "
        "Corée du Nord a perdu plus de 6 000 soldats. Ces pertes représenteraient plus de la "
        "moitié des quelque 11 000 militaires envoyés par Pyongyang, selon la même note.",
        "fr",
        "2025-06-19",
    )
    assert (first.claimant_country, recalled.claimant_country) == ("GB", "GB")
    assert recalled.claim_date == first.claim_date == "2025-06-15"


def test_its_spokesman_long_after_the_last_source_is_no_one_known_but_dates_the_figure():
    text = (
        "Lawmakers briefed by the NIS said on Monday that about 2,000 had been killed. The pair "
        "are held in a camp near Lviv. The camp is run by a coordination office. Its spokesman "
        "said on Tuesday that Ukraine was holding thousands of Russian prisoners of war."
    )
    found = [c for c in claims(text, "en", "2026-03-14") if c.metric == "captured"]
    assert [(c.claimant, c.claim_date) for c in found] == [("", "2026-03-10")]


def test_a_handful_of_prisoners_with_no_source_is_the_articles_fact():
    # Not the figure of whoever spoke last about other losses; the sentences after it still
    # follow that speaker; a prisoner count in the conditional is still reported speech.
    found = claims(
        "The NIS said on Monday that about 300 North Korean soldiers had been killed. Two North "
        "Korean prisoners captured in January are still held in Ukraine. Another 2,700 were "
        "wounded.",
        "en",
        "2025-01-15",
    )
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (300, "KR", "2025-01-13"),
        (2, "", "2025-01-15"),
        (2700, "KR", "2025-01-13"),
    ]
    hedged = claims(
        "Le NIS a évoqué lundi 300 morts. Deux soldats auraient été faits prisonniers.",
        "fr",
        "2025-01-15",
    )
    assert [c.claimant_country for c in hedged] == ["KR", "KR"]


def test_a_quoted_speakers_own_estimate_is_theirs_not_the_articles():
    (claim,) = claims(
        'Zelensky spoke to reporters on Monday. "My own estimate is that 4,000 North Koreans '
        'have died," he said.',
        "en",
        "2025-09-19",
    )
    assert (claim.claimant_country, claim.claim_date) == ("UA", "2025-09-15")


EXPERT_ROWS = [
    # A person named beside an expert's title states their own figure, from the country of
    # the place they work at; the sources inside their description do not speak.
    (  # a title opening the sentence, a clause about the work, then the name
        "fr",
        "Chercheuse dans un institut parisien de relations internationales, où elle suit depuis "
        "quinze ans les armées d'Asie, Hélène Marchetti estime qu'entre 9 000 et 12 000 soldats "
        "nord-coréens sont en Russie.",
        "Hélène Marchetti (chercheuse)",
        "FR",
    ),
    (
        "en",
        "Lena Hart, a senior fellow at the Meridian Institute in Washington, said about 7,000 "
        "North Korean soldiers had been killed or wounded.",
        "Lena Hart (senior fellow)",
        "US",
    ),
    (
        "en",
        "Researcher Tom Albers told us that at least 3,000 North Korean soldiers had died.",
        "Tom Albers (researcher)",
        "",
    ),
    # a people's adjective right after the title (French) or before it (English), or a
    # capital the description places the expert in, says the expert's country
    (
        "fr",
        "L'historienne marocaine Nadia Lamrani estime que 70 000 soldats marocains ont combattu.",
        "Nadia Lamrani (historienne)",
        "MA",
    ),
    (
        "en",
        "The Hungarian historian Eszter Halmi puts the Soviet dead at about 700.",
        "Eszter Halmi (historian)",
        "HU",
    ),
    (
        "en",
        "The fullest account is by Marton Szilagyi, a historian in Budapest, who puts the Soviet "
        "dead at about 750.",
        "Marton Szilagyi (historian)",
        "HU",
    ),
    # a city of the world files in the description, whatever its form
    (
        "fr",
        "L'historien Jean-Marc Escoubas, maître de conférences à l'université "
        "Toulouse-Jean-Jaurès, estime que 35 000 volontaires ont combattu.",
        "Jean-Marc Escoubas (historien)",
        "FR",
    ),
    (
        "en",
        "Tomas Hrubec, a historian at a Prague research institute, puts the first wave at about "
        "250,000 soldiers.",
        "Tomas Hrubec (historian)",
        "CZ",
    ),
    (
        "fr",
        "Claire Morvan est chercheuse dans un centre d'études stratégiques lyonnais. "
        "Elle estime qu'entre 1 000 et 1 500 soldats nord-coréens sont morts.",
        "Claire Morvan (chercheuse)",
        "FR",
    ),
    (
        "fr",
        "Chercheuse associée dans un institut parisien, Hélène Varaine estime que 3 000 soldats "
        "nord-coréens sont morts.",
        "Hélène Varaine (chercheuse)",
        "FR",
    ),
    (
        "fr",
        "Selon l'historien Marc Dufour, de l'université de Genève, 2 500 soldats nord-coréens "
        "ont été tués.",
        "Marc Dufour (historien)",
        "CH",
    ),
    (  # the description goes on after brackets: "(IRAC), à Paris"
        "fr",
        "Hélène Vasseur est chercheuse à l'Institut de recherche sur l'Asie (IRAC), à Paris. "
        "Selon elle, 1 500 soldats nord-coréens sont morts.",
        "Hélène Vasseur (chercheuse)",
        "FR",
    ),
    (  # later, the given name alone, with a possessive
        "en",
        "Host Sam Okafor talks to Dr Lena Hart, a senior fellow at the Meridian Institute in "
        'Washington. Lena\'s own estimate: "Somewhere between 7,000 and 8,000 killed and wounded."',
        "Lena Hart (senior fellow)",
        "US",
    ),
    (  # later, the surname alone stands for the person
        "en",
        "We spoke to Anna Berg, an analyst in London. The NIS said 2,000 were dead. Berg says "
        "the toll is closer to 3,000 dead.",
        "Anna Berg (analyst)",
        "GB",
    ),
    (  # "<city>-based"
        "en",
        "Dr Eleanor Marsh, a senior research fellow at the London-based Institute for Land "
        "Warfare Studies, said about 11,000 North Korean soldiers had been sent to Russia.",
        "Eleanor Marsh (research fellow)",
        "GB",
    ),
    (  # the city in the institute's name; Moscow and Kyiv too
        "en",
        "Professor Oleksandr Hnatiuk, who directs the Kyiv Centre for Defence Analysis, said at "
        "least 1,000 North Koreans had been killed.",
        "Oleksandr Hnatiuk (professor)",
        "UA",
    ),
    (
        "en",
        "We spoke to Pavel Sokolov, a researcher at the Centre for Korean Studies in Moscow. "
        "Sokolov says no more than 1,500 North Korean soldiers died.",
        "Pavel Sokolov (researcher)",
        "RU",
    ),
    (
        "fr",
        "Igor Belov, politologue à l'Institut d'études orientales de Moscou, estime que 15 000 "
        "Nord-Coréens sont passés par la Russie.",
        "Igor Belov (politologue)",
        "RU",
    ),
    (  # later, the title after a determiner stands for the expert last named
        "fr",
        "Antoine Lefèvre est chercheur à l'Institut d'études de l'Asie, à Paris. Le NIS ne "
        "compte que les pertes qu'il peut recouper.\n\nPour le chercheur, la vérité est "
        "ailleurs. « Selon mes calculs, entre 3 000 et 4 500 soldats nord-coréens ont été mis "
        "hors de combat », estime-t-il.",
        "Antoine Lefèvre (chercheur)",
        "FR",
    ),
    (
        "en",
        "We spoke to Anna Berg, an analyst in London. The NIS said 2,000 were dead. The analyst "
        "says the toll is closer to 3,000 dead.",
        "Anna Berg (analyst)",
        "GB",
    ),
    (  # a second title of the same person says where they work
        "fr",
        "Spécialiste des forces armées nord-coréennes, Claire Mounier est chercheuse à "
        "l'Institut d'études asiatiques de Lyon. Elle estime que 2 000 soldats nord-coréens "
        "sont morts.",
        "Claire Mounier (spécialiste)",
        "FR",
    ),
    (  # no title: a research body right after the name and a comma, then a pronoun
        "fr",
        "Claire Vasseur, de l'Institut d'études stratégiques de Lyon, suit ces évaluations "
        "depuis octobre. Selon ses propres calculs, le nombre de soldats nord-coréens tués se "
        "situerait « entre 1 000 et 2 000 ».",
        "Claire Vasseur (Institut d'études stratégiques de Lyon)",
        "FR",
    ),
    (  # the body's own name says where ("Korea Institute", "Oslo Centre")
        "en",
        "Ingrid Solberg, of the Oslo Centre for Conflict Data, leads a team that matches names "
        "from obituaries. Her team counts 2,830 confirmed North Korean deaths.",
        "Ingrid Solberg (Oslo Centre for Conflict Data)",
        "NO",
    ),
    (  # the quoted speaker's own estimate, a quotation after "he said"
        "en",
        "Kenji Morita, of the Tokyo Institute of Peninsula Studies, has compared the figures."
        '\n\n"The ratio is strange," he said. "My own estimate is that between 1,000 and 1,500 '
        'North Korean soldiers have been killed."',
        "Kenji Morita (Tokyo Institute of Peninsula Studies)",
        "JP",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"), EXPERT_ROWS, ids=[r[1][:60] for r in EXPERT_ROWS]
)
def test_an_expert_named_with_a_title_states_their_own_figure(lang, text, name, country):
    claim = claims(text, lang)[-1]
    assert (claim.claimant, claim.claimant_country) == (name, country)


def test_a_cue_after_the_figure_in_another_clause_does_not_outrank_the_one_before_it():
    first, second = claims(
        "In January, President Zelensky was already speaking of 4,000 killed and wounded, while "
        "the NIS counted about 300 dead.",
        "en",
    )
    assert (first.claimant_country, second.claimant_country) == ("UA", "KR")


def test_an_experts_introduction_dates_no_statement_of_theirs():
    text = (
        "Yoon Seo-yeon is a senior fellow at an institute in Seoul, where she has tracked the "
        "deployment since the first reports in October 2024.\n"
        "Q: How many have died?\n"
        "A: My own estimate is between 2,500 and 3,000 dead.\n"
        "Q: And the prisoners?\n"
        "A: Two North Korean soldiers are held captive in Ukraine."
    )
    found = claims(text, "en", "2025-09-12")
    assert [(c.claimant_country, c.claim_date) for c in found] == [
        ("KR", "2025-09-12"),
        ("KR", "2025-09-12"),
    ]


def test_a_sources_own_analyst_still_speaks_for_the_source():
    (claim,) = claims("GUR analyst Andrii Yusov said 300 North Korean soldiers were killed.", "en")
    assert (claim.claimant, claim.claimant_country) == ("Ukrainian intelligence", "UA")


def test_a_demonym_is_not_an_experts_name():
    assert all(
        "North Korean" not in c.claimant
        for c in claims(
            "According to analyst North Korean soldiers numbered 11,000 in Kursk, officials said.",
            "en",
        )
    )


INTERVIEW = (
    "Hélène Kervella, maîtresse de conférences à l'université Rennes 2, revient pour nous sur "
    "les chiffres.\n\n"
    "Le NIS parle de 2 000 morts. Ce chiffre vous surprend-il ?\n\n"
    "Non. Le NIS ne retient que ce qu'il peut recouper. Le nombre réel de morts dépasse les "
    "3 000.\n\n"
    "Et les effectifs ?\n\n"
    "Le NIS parle de 15 000 hommes envoyés en Russie. Cela me semble juste.\n\n"
    "Et les prisonniers ?\n\n"
    "Deux soldats nord-coréens sont détenus en Ukraine. Pour ma part, j'estime que 4 000 ont "
    "été blessés."
)


def test_the_answers_of_an_interview_are_the_interviewees():
    found = {(c.metric, c.value_best or c.value_low): c for c in claims(INTERVIEW, "fr")}
    by = {key: (c.claimant_country, c.claimant.split(" (")[0]) for key, c in found.items()}
    assert by == {
        ("killed", 2000): ("KR", "South Korean intelligence"),  # the question's, the NIS's
        ("killed", 3000): ("FR", "Hélène Kervella"),  # an answer's own figure
        ("deployed", 15000): ("KR", "South Korean intelligence"),  # a source named in it
        ("captured", 2): ("FR", "Hélène Kervella"),  # a new answer: not the figure before
        ("wounded", 4000): ("FR", "Hélène Kervella"),  # "Pour ma part, j'estime"
    }
    assert found[("killed", 3000)].claim_date == "2025-04-30"


def test_an_interview_dated_in_its_lead_dates_the_interviewees_answers():
    text = (
        "Ruth Abernethy is a military historian at a Scottish university. This interview, "
        "conducted by phone on Monday, has been edited for length.\n\n"
        "Q: Where do you land on the losses?\n\n"
        "A: My own reckoning is that between 6,000 and 8,000 North Koreans were killed or "
        "wounded.\n\n"
        "Q: And the dead alone?\n\n"
        "A: I would put the dead at no fewer than 2,500."
    )
    found = claims(text, "en", "2026-03-12")  # a Thursday
    assert [(c.claimant.split(" (")[0], c.claim_date) for c in found] == [
        ("Ruth Abernethy", "2026-03-09"),
        ("Ruth Abernethy", "2026-03-09"),
    ]


def test_an_interview_with_a_services_spokesman_gives_the_answers_to_the_service():
    # No expert is introduced, but the lead says it is an interview: the source it names
    # speaks in the answers, "our estimate" included; the lead's day dates them.
    text = (
        "Colonel Ivan Sirko is a spokesman for Ukraine's Defence Intelligence (HUR). We spoke "
        "to him in Kyiv on Monday. The interview has been edited for length.\n"
        "Q: How many North Korean soldiers are in Russia today?\n"
        "A: Our estimate is about 11,000.\n"
        "Q: Are there prisoners?\n"
        "A: We hold two North Korean prisoners."
    )
    found = claims(text, "en", "2026-05-20")  # a Wednesday
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (11000, "UA", "2026-05-18"),
        (2, "UA", "2026-05-18"),
    ]
    # Questions and answers without the word: an explainer, whose answers are its own.
    explainer = text.replace(
        "We spoke to him in Kyiv on Monday. The interview has been edited for length.",
        "He briefed reporters on Monday.",
    )
    explainer = explainer.replace("Our estimate is", "There are").replace("We hold", "Kyiv holds")
    found = claims(explainer, "en", "2026-05-20")
    assert [c.claimant_country for c in found] == ["", "UA"]  # the second names Kyiv


def test_an_interview_with_dialogue_dashes_and_answered_our_questions():
    text = (
        "Membre de la commission du renseignement, le député sud-coréen Choi Jae-won a assisté "
        "jeudi à la séance du NIS. Il a répondu à nos questions par téléphone.\n\n"
        "— Et les blessés ?\n"
        "— On nous a seulement dit que des milliers avaient été blessés.\n\n"
        "— Combien d'hommes Pyongyang a-t-il encore sur place ?\n"
        "— Il y en a quelque 6 000 de plus, des démineurs."
    )
    found = claims(text, "fr", "2025-09-08")  # a Monday: Thursday is 4 September
    assert [(c.claimant_country, c.claim_date) for c in found] == [("KR", "2025-09-04")] * 2


def test_without_questions_a_later_paragraph_keeps_the_source_before_it():
    text = (
        "Hélène Kervella, maîtresse de conférences à Rennes, suit ces chiffres. Le NIS parle "
        "de 2 000 morts.\n\nLe nombre réel de morts dépasserait les 3 000."
    )
    assert [c.claimant_country for c in claims(text, "fr")] == ["KR", "KR"]


def test_a_transcripts_speaker_label_names_who_speaks():
    text = (
        "HOST: Joining us is Alan Greer, an analyst at Georgetown in Washington. Alan, is "
        "2,000 dead the right figure, as the NIS says?\n"
        "ALAN GREER: I think it's a floor. My own working estimate is between 2,500 and 3,000 "
        "dead.\n"
        "HOST: Meanwhile, Ukraine's General Staff says Russian losses have passed 1.2 million "
        "killed and wounded."
    )
    found = claims(text, "en")
    assert [(c.value_best or c.value_low, c.claimant_country) for c in found] == [
        (2000, "KR"),
        (2500, "US"),
        (1200000, "UA"),
    ]
    assert found[1].claimant == "Alan Greer (analyst)"


def test_a_question_with_an_inverted_pronoun_is_not_an_incise():
    # "surprend-il ?" asks; "affirme-t-il" attributes.
    text = "Le NIS parle de 2 000 morts. Ce chiffre de 5 000 blessés vous surprend-il ?"
    assert [c.rule.split("|")[2] for c in claims(text)][1] != "source.carry"


def test_a_pronoun_takes_up_a_source_the_sentence_opens_with():
    (first, second) = claims(
        "Le NIS parlait en janvier d'environ 2 000 morts. Quant au renseignement militaire "
        "ukrainien, il aurait évoqué au printemps près de 9 000 pertes nord-coréennes."
    )
    assert (first.claimant_country, second.claimant_country) == ("KR", "UA")


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("fr", "Les Britanniques avançaient en juin plus de 6 000 tués ou blessés.", "GB"),
        ("fr", "Les Américains parlaient de 8 000 hommes envoyés en Russie.", "US"),
        ("en", "The Americans said 8,000 North Korean soldiers had been sent to Kursk.", "US"),
        ("en", "The South Koreans said 2,000 North Korean soldiers had been killed.", "KR"),
    ],
)
def test_a_nationality_named_as_speaker_is_its_government(lang, text, country):
    (claim,) = claims(text, lang)
    assert claim.claimant_country == country


def test_the_british_as_an_adjective_is_not_a_speaker():
    (claim,) = claims(
        "In an interview with the British broadcaster Piers Morgan, Zelensky said that 45,100 "
        "Ukrainian soldiers had been killed.",
        "en",
    )
    assert claim.claimant_country == "UA"


CARRY_ROWS = [
    (
        "fr",
        "Environ 10 000 soldats nord-coréens restent en Russie, a indiqué mardi le ministère "
        "sud-coréen de la Défense.\n\n« Le chiffre est stable », a déclaré le porte-parole du "
        "ministère, Choi Yoon-seok. « C'est une rotation. »\n\nSelon le porte-parole, le "
        "contingent compte aussi quelque 5 000 ouvriers militaires.",
        "KR",
    ),
    (  # "According to the spokesperson": the one named before, for the source before
        "en",
        "About 10,000 North Korean troops remain deployed in Russia, South Korea's Ministry of "
        'National Defense said Tuesday.\n\n"The number has held fairly steady," ministry '
        'spokesperson Choi Yoon-seok told a regular press briefing. "What we are seeing is '
        'rotation."\n\nAccording to the spokesperson, the contingent now includes some 5,000 '
        "military construction troops.",
        "KR",
    ),
    (  # a relative carry cue points to the source named right before it
        "fr",
        "La Corée du Nord coopère avec Moscou. Berlin s'appuie sur l'évaluation américaine "
        "rendue publique lundi, selon laquelle environ 10 000 militaires nord-coréens ont été "
        "envoyés en Russie.",
        "US",
    ),
    # A participle after a comma has the main clause's subject, whatever the clause names.
    (
        "en",
        "Her numbers sit between Seoul's and Kyiv's. Ukraine's military intelligence agency went "
        "further last month, putting North Korean dead at more than 4,000.",
        "UA",
    ),
    (  # the main clause's subject even when unnamed: not the name it sides with
        "en",
        "Western officials who briefed the BBC in late January sided with Kyiv, putting the dead "
        "at about 1,000.",
        "",
    ),
    (
        "en",
        "Zelensky spoke of 4,000. Britain's Defence Intelligence went higher last June, reporting "
        "more than 6,000 North Korean casualties.",
        "GB",
    ),
    (
        "fr",
        "Le renseignement militaire ukrainien (GUR) a jugé les chiffres de Séoul « largement "
        "sous-estimés », évoquant pour sa part au moins 3 000 Nord-Coréens tués.",
        "UA",
    ),
    (  # "He added that Pyongyang ...": the content's subject, not a new source
        "en",
        "HUR spokesman Andrii Yusov spoke on Friday. He added that Pyongyang had sent at least "
        "1,500 more troops in January.",
        "UA",
    ),
    (  # a remark on the figure names a source who judges it, not who states it
        "fr",
        "Selon le député Park Sun-won, qui a relayé les propos du directeur du NIS, Pyongyang "
        "prévoit d'envoyer quelque 10 000 hommes, un ordre de grandeur que Kiev juge sous-estimé.",
        "KR",
    ),
    (
        "en",
        "South Korea's spy agency said Pyongyang would send about 10,000 troops, a figure that "
        "Kyiv says is too low.",
        "KR",
    ),
    (  # "estimates that North Korean ...": a verb, not "North Korean estimates"
        "en",
        "The NIS briefed lawmakers on Monday. The agency estimates that North Korean losses have "
        "passed 7,000.",
        "KR",
    ),
    (  # "his centre": the expert's institute, from the expert named before
        "en",
        "Victor Alvarez is a senior fellow at a think tank in Washington. Alvarez thinks the "
        "figure is conservative. His centre estimates that North Korean losses, killed and "
        "wounded together, have passed 7,000.",
        "US",
    ),
    (  # a person's possessive reaches a few sentences back (a place or a remark between)
        "fr",
        "Park Soo-min, chercheuse au Centre d'études de la sécurité de Séoul, était à Lille "
        "lundi. Elle a parlé longtemps. Ce n'est pas ce qui s'est passé. Selon ses propres "
        "estimations, environ 10 000 militaires nord-coréens restent stationnés en Russie.",
        "KR",
    ),
    (
        "en",
        "Seoul's spy agency told lawmakers on Monday. By its count, about 11,000 North Korean "
        "soldiers are still in Russia.",
        "KR",
    ),
    (
        "en",
        "The NIS briefed lawmakers on Monday. It told them 300 North Korean soldiers had died.",
        "KR",
    ),
    (
        "fr",
        "Le NIS a répondu à nos questions. « 300 soldats nord-coréens sont morts », explique-t-il.",
        "KR",
    ),
    # A quotation over several sentences: its attribution comes after the closing mark.
    (
        "fr",
        "Un responsable du renseignement sud-coréen a répondu à nos questions. « Environ 8 000 "
        "soldats sont au front. Un contingent de 2 000 soldats est attendu », explique-t-il.",
        "KR",
    ),
    (
        "en",
        'The Pentagon was asked about the numbers. "About 8,000 soldiers are at the front. '
        'Another 2,000 are expected," Ryder told reporters.',
        "US",
    ),
    (
        "fr",
        "Le chef du GUR, Kyrylo Boudanov, s'est exprimé jeudi. Selon lui, 11 000 soldats "
        "nord-coréens ont été envoyés.",
        "UA",
    ),
    (
        "fr",
        "D'après le NIS, 10 000 soldats ont été déployés. Ces mêmes sources évoquent la mort "
        "d'environ 2 000 militaires.",
        "KR",
    ),
    (
        "en",
        "Blinken spoke in Washington on Thursday. As many as 8,000 have been deployed to Kursk, "
        "he said.",
        "US",
    ),
    (
        "fr",
        "Le député Lee Seong-kweun a rendu compte d'une réunion avec le NIS. Selon lui, au moins "
        "100 soldats ont été tués.",
        "KR",
    ),
    (
        "en",
        "Lawmaker Lee Seong-kweun said at least 100 soldiers had been killed. He spoke after a "
        "briefing by the National Intelligence Service.",
        "KR",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"), CARRY_ROWS, ids=[r[1][:60] for r in CARRY_ROWS]
)
def test_claimant_carried_or_relayed(lang, text, country):
    found = claims(text, lang)
    assert found and {c.claimant_country for c in found} == {country}


def test_lawmakers_pass_on_the_briefing_the_agency_gave_the_sentence_before():
    (claim,) = claims(
        "Le NIS a fait mercredi le point devant la commission du renseignement. D'après les "
        "députés qui en sont sortis, environ 12 000 soldats seraient toujours en Russie.",
        "fr",
        "2026-10-23",  # a Friday
    )
    assert (claim.claimant, claim.claim_date) == ("South Korean intelligence (NIS)", "2026-10-21")


CARRIED_ROWS = [
    # (lang, text, country): the source carried by "it said", "the report says"...
    (
        "en",
        "The Pentagon published its count on Tuesday. The army had lost 5,000 men since the "
        "summer, it said.",
        "US",
    ),
    (
        "en",
        "The NIS released an assessment on Friday. The report says Pyongyang could send "
        "another 6,000 soldiers.",
        "KR",
    ),
    (
        "en",
        "The NIS briefed lawmakers in March. Then the spy agency said 700 soldiers had died.",
        "KR",
    ),
    (
        "fr",
        "Le Pentagone a publié un bilan mardi. Le document indique que 6 000 soldats ont été "
        "envoyés.",
        "US",
    ),
    (
        "fr",
        "Kyrylo Boudanov a parlé jeudi. Pour lui, 9 000 soldats nord-coréens ont été envoyés.",
        "UA",
    ),
    (
        "fr",
        "Le NIS a publié un bilan mardi. En septembre, l'agence faisait état de 2 000 morts.",
        "KR",
    ),
]


def test_a_cue_naming_a_kind_outranks_a_speaker_of_another_kind():
    found = claims(
        "En juin, le NIS avait avancé le chiffre d'environ 2 300 morts. En avril 2025, lorsque "
        "Pyongyang avait reconnu l'envoi de troupes, l'agence faisait état à l'époque d'environ "
        "600 tués seulement.",
        "fr",
        "2026-09-08",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [(2300, "KR"), (600, "KR")]


def test_a_figure_given_by_the_agency_is_the_last_agencys():
    # "avancé par l'agence": the agency named as the agent, past another source's figure.
    found = claims(
        "Le NIS a estimé mardi le bilan à 2 000 morts. Kiev, lui, parle de 4 000 tués. Une "
        "version précédente de cet article se trompait. Le chiffre avancé par l'agence est "
        "d'environ 2 500 tués.",
        "fr",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [
        (2000, "KR"),
        (4000, "UA"),
        (2500, "KR"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "country"), CARRIED_ROWS, ids=[r[1][:60] for r in CARRIED_ROWS]
)
def test_claimant_carried_by_an_institution_pronoun_or_its_document(lang, text, country):
    found = claims(text, lang)
    assert found and {c.claimant_country for c in found} == {country}


def test_names_a_sources_document_cites_do_not_become_the_next_speaker():
    found = claims(
        "Selon une note du renseignement militaire ukrainien (GUR), les pertes nord-coréennes "
        "s'élèveraient à environ 6 200 hommes. Le document dresse un état des lieux de la "
        "présence militaire de Pyongyang en Russie. Il estime que 9 000 à 10 000 militaires "
        "nord-coréens y resteraient stationnés.",
        "fr",
    )
    assert [c.claimant_country for c in found] == ["UA", "UA"]


def test_names_in_carried_content_do_not_become_the_next_speaker():
    """In "The Russian army lost X, it said", the army is what is counted, not who speaks."""
    text = (
        "Ukraine's General Staff published its tally on Saturday. The Russian army had lost "
        "62,000 men, it said. North Korea's losses, the statement added, were 4,000 killed "
        "and wounded."
    )
    found = claims(text, "en")
    assert [(c.value_best or c.value_low, c.claimant_country) for c in found] == [
        (62000, "UA"),
        (4000, "UA"),
    ]


PLACE_ROWS = [
    (
        "en",
        "Speaking in Seoul on Monday, Blinken said 3,000 North Korean soldiers had been "
        "killed. He said 1,000 more were wounded.",
    ),
    (
        "fr",
        "À Séoul lundi, Antony Blinken a déclaré que 3 000 soldats nord-coréens avaient été "
        "tués. Selon lui, 1 000 autres ont été blessés.",
    ),
]


FRONTED_ROWS = [
    (
        "en",
        "Speaking after South Korean officials briefed NATO on Monday, Blinken said 3,000 North "
        "Korean soldiers had been killed. He said 1,000 more were wounded.",
    ),
    (
        "en",
        "After South Korean officials briefed NATO on Monday, Blinken said 3,000 North Korean "
        "soldiers had been killed. He said 1,000 more were wounded.",
    ),
    (
        "fr",
        "Lorsque Séoul a informé l'Alliance lundi, Antony Blinken a déclaré que 3 000 soldats "
        "nord-coréens avaient été tués. Selon lui, 1 000 autres ont été blessés.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FRONTED_ROWS, ids=[r[1][:50] for r in FRONTED_ROWS])
def test_a_name_in_a_clause_before_the_main_one_is_not_who_speaks_next(lang, text):
    """The pronoun points back to Blinken, not to who briefed, and to the day he spoke."""
    found = claims(text, lang, published="2025-04-30")
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (3000, "US", "2025-04-28"),
        (1000, "US", "2025-04-28"),
    ]


@pytest.mark.parametrize(("lang", "text"), PLACE_ROWS, ids=[r[1][:50] for r in PLACE_ROWS])
def test_a_place_named_before_the_speaker_is_not_who_speaks_next(lang, text):
    """The pronoun points back to Blinken, not to Seoul, and to the day he spoke."""
    found = claims(text, lang, published="2025-04-30")
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (3000, "US", "2025-04-28"),
        (1000, "US", "2025-04-28"),
    ]


POINTED_BACK_ROWS = [
    # (lang, text, country, date): the next sentence opens by naming who stated the figures.
    (
        "fr",
        "Environ 11 000 soldats nord-coréens ont été envoyés. Ce chiffre provient du "
        "renseignement sud-coréen.",
        "KR",
        "2025-04-30",
    ),
    (
        "fr",
        "Environ 11 000 soldats nord-coréens ont été déployés. C'est ce qu'a déclaré lundi "
        "le NIS devant les députés.",
        "KR",
        "2025-04-28",
    ),
    (
        "fr",
        "Près de 3 000 soldats nord-coréens ont été tués. Ce sont les chiffres avancés par Kiev.",
        "UA",
        "2025-04-30",
    ),
    (
        "en",
        "About 11,000 North Korean troops have been deployed to Russia. That's according to "
        "the Pentagon, which briefed reporters on Monday.",
        "US",
        "2025-04-28",
    ),
    (
        "en",
        "About 3,000 North Korean soldiers were killed. That is what the NIS told lawmakers.",
        "KR",
        "2025-04-30",
    ),
    (  # a source named in the sentence, dated by the next one reporting it (a Wednesday)
        "fr",
        "Selon le NIS, Pyongyang aurait envoyé environ 3 000 soldats de plus. L'information a "
        "été rapportée mercredi par la députée Lee Ji-hyun.",
        "KR",
        "2025-04-30",
    ),
    (
        "fr",
        "Selon le NIS, Pyongyang aurait envoyé environ 3 000 soldats de plus. L'information a "
        "été rapportée lundi par la députée Lee Ji-hyun.",
        "KR",
        "2025-04-28",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country", "date"),
    POINTED_BACK_ROWS,
    ids=[r[1][-45:] for r in POINTED_BACK_ROWS],
)
def test_a_sentence_pointing_back_names_who_stated_the_one_before(lang, text, country, date):
    found = claims(text, lang, published="2025-04-30")
    assert [(c.claimant_country, c.claim_date) for c in found] == [(country, date)]


def test_a_pronoun_after_the_figure_is_dated_by_the_speakers_own_statement():
    # "a figure he described as": the speaker named before, whose cue carries the date;
    # a pronoun with a date of its own keeps it ("the 600 dead the agency reported in April").
    (claim,) = claims(
        "A research fellow from the Royal United Services Institute told MPs on 1 July that "
        'North Korea had lost "somewhere between 2,000 and 3,000 killed", a figure he '
        "described as an informed estimate.",
        "en",
        "2025-10-15",
    )
    assert (claim.claimant_country, claim.claim_date) == ("GB", "2025-07-01")
    found = claims(
        "The NIS told lawmakers on September 4 that about 2,000 had been killed, up from the "
        "600 dead the agency reported in April.",
        "en",
        "2025-09-19",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [(2000, "2025-09-04"), (600, "2025-04")]


def test_a_sentence_pointing_back_closes_its_paragraph():
    # It covers the sentences before it in its paragraph, up to one naming a source; in the
    # next paragraph, only the sentence right before it.
    text = (
        "Around 3,000 North Korean soldiers had been killed or wounded. Some 1,000 fresh "
        "soldiers have since joined them. That is the assessment South Korea's National "
        "Intelligence Service gave to lawmakers on Thursday.\n\n"
        "Pyongyang sent more than 11,000 soldiers last autumn. Most came from the Storm Corps. "
        "So says a US defence official.\n\n"
        "The Pentagon says 12,000 soldiers were sent. About 200 North Korean soldiers were "
        "killed. Both figures were posted on Tuesday by Ukraine's special operations forces."
    )
    found = claims(text, "en", published="2025-02-28")  # a Friday
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (3000, "KR", "2025-02-27"),
        (1000, "KR", "2025-02-27"),
        (11000, "US", "2025-02-28"),
        (12000, "US", "2025-02-28"),  # its own source and date: not pointed to from afar
        (200, "UA", "2025-02-25"),
    ]
    # In the next paragraph, only the sentence right before it.
    apart = claims(
        "About 500 North Korean soldiers were wounded. Most were hit by drones.\n\n"
        "That is the assessment of the Pentagon.",
        "en",
        published="2025-02-28",
    )
    assert [c.claimant_country for c in apart] == [""]


def test_a_clause_with_its_own_figure_before_a_colon_names_no_speaker():
    # "Pyongyang a envoyé 3 000 ... : environ 4 000" is content; the next sentence says whose.
    found = claims(
        "Pyongyang a envoyé au moins 3 000 soldats supplémentaires, et ses pertes "
        "s'alourdissent : environ 4 000 auraient été tués ou blessés. C'est l'évaluation qu'a "
        "rendue publique jeudi l'état-major interarmées sud-coréen (JCS).",
        "fr",
        published="2025-04-30",
    )
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (3000, "KR", "2025-04-24"),
        (4000, "KR", "2025-04-24"),
    ]


def test_a_revision_dated_in_an_apposition_after_its_verb():
    found = claims(
        "Le NIS a revu à la hausse, mercredi 25 novembre, son estimation des pertes : environ "
        "2 600 soldats auraient été tués, contre quelque 2 000 selon sa précédente évaluation, "
        "en septembre 2025.",
        "fr",
        published="2026-11-26",
    )
    assert (found[0].value_best, found[0].claim_date) == (2600, "2026-11-25")


POINTING_AFTER_ROWS = [
    # (lang, text, country, date): the clause after the figure points back to it.
    (
        "en",
        "The figure everyone uses is about 11,000 North Korean soldiers, and it comes from "
        "our National Intelligence Service.",
        "KR",
        "2025-04-30",
    ),
    (
        "fr",
        "« Environ 4 000 soldats nord-coréens ont été tués ou blessés », c'est ce qu'a déclaré "
        "fin mars l'état-major interarmées sud-coréen (JCS), dont l'estimation reste la "
        "dernière disponible.",
        "KR",
        "2025-03",
    ),
    (
        "en",
        "Some 11,000 North Korean troops have been sent to Russia: that's according to the "
        "Pentagon, which gave the figure on Monday.",
        "US",
        "2025-04-28",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country", "date"),
    POINTING_AFTER_ROWS,
    ids=[r[1][:45] for r in POINTING_AFTER_ROWS],
)
def test_a_clause_pointing_back_names_who_stated_the_figure(lang, text, country, date):
    found = claims(text, lang, published="2025-04-30")
    assert [(c.claimant_country, c.claim_date) for c in found] == [(country, date)]


QUOTED_STATEMENT_ROWS = [
    # (lang, text, country): a statement quoted after the sentence that introduces it.
    (
        "fr",
        "Volodymyr Zelensky a publié samedi ce message.\n\n« Nos soldats ont capturé deux "
        "militaires nord-coréens. Ils sont soignés à Kiev. »",
        "UA",
    ),
    (
        "en",
        "Ukraine's military intelligence posted this statement on Tuesday.\n\n"
        '"At least 11,000 North Korean soldiers have been brought into the Kursk region.\n\n'
        '"More are expected."',
        "UA",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    QUOTED_STATEMENT_ROWS,
    ids=[r[1][:40] for r in QUOTED_STATEMENT_ROWS],
)
def test_a_quoted_statement_is_stated_by_who_introduced_it(lang, text, country):
    found = claims(text, lang)
    assert found and {c.claimant_country for c in found} == {country}


def test_a_quoted_phrase_with_its_own_attribution_is_not_the_previous_speakers():
    """The attribution names nobody the gazetteer knows: no claimant, not Moscow."""
    text = (
        "Moscou dément toute présence nord-coréenne. « Plus de 10 000 soldats » nord-coréens "
        "ont été envoyés en Russie, a déclaré mardi Vedant Patel."
    )
    assert [c.claimant_country for c in claims(text, "fr")] == [""]


INVERTED_ROWS = [
    # (text, country): a French incise verb, a date of one or two words, then its inverted
    # subject: the source named there, or, when the subject names nobody known, in the
    # apposition after it (not a place, not reported content).
    (
        "Onze soldats sud-africains ont été tués, a annoncé hier soir l'état-major "
        "sud-africain à Pretoria.",
        "ZA",
    ),
    (
        "Au moins 5 000 soldats nord-coréens restent dans la région, a affirmé mardi le général "
        "Oleksandr Kovalenko, chef adjoint du renseignement militaire ukrainien (GUR), lors "
        "d'une conférence de presse.",
        "UA",
    ),
    (
        "Plus de 10 000 soldats nord-coréens ont été envoyés en Russie, a affirmé mercredi le "
        "secrétaire d'État américain, Antony Blinken.",
        "US",
    ),
    (
        "Au moins 300 soldats ont été tués, a affirmé mardi le général Dufour, de retour de Kiev.",
        "",
    ),
    # After the figure, a person's name with no determiner: the known source it is, else the
    # body its apposition's title names; not the content's place before the comma.
    (
        "Quelque 3 000 soldats ont été envoyés dans l'ouest de la Russie, a déclaré lundi Jane "
        "Morrow, porte-parole adjointe du département d'État.",
        "US",
    ),
    (
        "Onze mille soldats envoyés par Pyongyang se trouvent à Koursk, a affirmé lundi soir "
        "Volodymyr Zelensky dans son allocution.",
        "UA",
    ),
    (
        "La Corée du Nord va envoyer 5 000 bâtisseurs militaires à Koursk, a annoncé mardi à "
        "Pyongyang Sergueï Choïgou, secrétaire du Conseil de sécurité russe.",
        "RU",
    ),
    (  # a lawmaker relays nobody named: not the sender before the comma
        "Une partie des 11 000 militaires envoyés par Pyongyang a été intégrée à des unités "
        "russes, a précisé le député Lee à la sortie de la réunion.",
        "",
    ),
]


@pytest.mark.parametrize(
    ("text", "country"), INVERTED_ROWS, ids=[r[0][-40:] for r in INVERTED_ROWS]
)
def test_an_inverted_subject_names_its_source_there_or_in_its_apposition(text, country):
    assert [c.claimant_country for c in claims(text, "fr")] == [country]


INTRODUCED_ROWS = [
    # (lang, text, country): after a sentence that introduces a speaker without a figure,
    # reported speech (conditional, or an attribution naming nobody known) is the speaker's;
    # a plain statement is the article's own.
    (
        "fr",
        "Jeudi, le NIS a dit s'attendre à de nouveaux départs. Pyongyang préparerait l'envoi "
        "d'environ 6 000 soldats supplémentaires.",
        "KR",
    ),
    (
        "fr",
        "Valéri Guérassimov a annoncé samedi la reprise de Koursk. L'armée ukrainienne a perdu "
        "76 000 hommes, tués ou blessés, a affirmé le général.",
        "RU",
    ),
    (
        "en",
        "In April, Gerasimov told Putin that North Korean troops had fought in Kursk. Pyongyang "
        "later added a contingent of 1,000 sappers.",
        "",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"), INTRODUCED_ROWS, ids=[r[1][-45:] for r in INTRODUCED_ROWS]
)
def test_reported_speech_after_a_speaker_is_introduced_is_the_speakers(lang, text, country):
    assert [c.claimant_country for c in claims(text, lang)] == [country]


def test_it_published_carries_the_source_before_into_the_figures_after_its_colon():
    found = claims(
        "Ukraine's General Staff denied that the fighting was over. That same day it published "
        "its own balance sheet: Russian losses in the Kursk area of 62,400.",
        "en",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [(62400, "UA")]


TOTAL_ROWS = [
    # (lang, text, [(metric, value)]): a total, toll or tally with no metric word counts
    # what the claim before it counted, not a share of it.
    (
        "en",
        "Last autumn Pyongyang sent roughly 11,000 soldiers to Russia. By April, South Korea's "
        "intelligence service reckoned the total had reached about 15,000.",
        [("deployed", 11000), ("deployed", 15000)],
    ),
    (
        "fr",
        "Le JCS les chiffrait fin mars à 4 000 tués et blessés. Début avril, le ministère "
        "britannique de la Défense avançait un bilan supérieur à 5 000.",
        [("casualties", 4000), ("casualties", 5000)],
    ),
    (
        "fr",
        "Le CSIS évalue les pertes russes à environ 950 000 hommes, dont jusqu'à 250 000 morts. "
        "Londres avançait en mars un total proche de 900 000.",
        [("casualties", 950000), ("killed", 250000), ("casualties", 900000)],
    ),
    (  # "en" takes up what the claim before counted: "Séoul n'en compte que 1 100"
        "fr",
        "Fin décembre, Kiev affirme que plus de 3 000 Nord-Coréens ont été tués ou blessés. Au "
        "même moment, l'état-major sud-coréen n'en compte qu'environ 1 100.",
        [("casualties", 3000), ("casualties", 1100)],
    ),
    (  # "Zelensky en dénombrait 11 000"
        "fr",
        "Dix jours plus tard, le Pentagone parlait de 10 000 hommes envoyés en Russie. Début "
        "novembre, Volodymyr Zelensky en dénombrait 11 000 dans la seule région de Koursk.",
        [("deployed", 10000), ("deployed", 11000)],
    ),
    (  # a bare figure a statement verb gives as its object ("was speaking of around 10,000")
        "en",
        "The White House said at least 3,000 North Korean troops were in eastern Russia. By the "
        "end of October the Pentagon was speaking of around 10,000, a figure that barely moved.",
        [("deployed", 3000), ("deployed", 10000)],
    ),
    (
        "fr",
        "Le NIS estimait que 3 000 soldats étaient arrivés. Fin octobre, le Pentagone parlait "
        "d'environ 10 000.",
        [("deployed", 3000), ("deployed", 10000)],
    ),
    (  # ... not one with words of its own after it
        "fr",
        "Le NIS estimait que 3 000 soldats étaient arrivés. Le Pentagone parlait de 10 000 obus "
        "livrés.",
        [("deployed", 3000)],
    ),
    (  # no claim before: nothing to count
        "en",
        "The total had reached about 15,000 by April.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), TOTAL_ROWS, ids=[r[1][-40:] for r in TOTAL_ROWS]
)
def test_a_total_counts_what_the_claim_before_it_counted(lang, text, expected):
    assert [(c.metric, c.value_best) for c in claims(text, lang)] == expected


OF_THEM_ROWS = [
    # (lang, text, expected): troops named nearby, then "N of them" placed somewhere.
    (
        "en",
        '"There are already 11,000 of them in the Kursk region," Zelensky said of North '
        "Korea's soldiers in his nightly address on Monday.",
        [("deployed", 11000, "2025-04-28")],
    ),
    (
        "fr",
        "Kiev parle de soldats nord-coréens. Selon lui, 11 000 d'entre eux sont déjà dans la "
        "région de Koursk.",
        [("deployed", 11000, "2025-04-30")],
    ),
    (  # no troops named: nothing says what the figure counts
        "en",
        "Zelensky said 11,000 of them were in the Kursk region.",
        [],
    ),
    (  # no place: not a presence
        "en",
        "Zelensky spoke of North Korean soldiers. He said 11,000 of them had trained.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), OF_THEM_ROWS, ids=[r[1][:50] for r in OF_THEM_ROWS]
)
def test_troops_named_nearby_then_so_many_of_them_somewhere_are_a_deployment(lang, text, expected):
    assert [(c.metric, c.value_best, c.claim_date) for c in claims(text, lang)] == expected


ASKED_ROWS = [
    # (lang, text, expected): a bare figure answering "how many" counts what was asked.
    (
        "fr",
        "Combien de soldats nord-coréens restent aujourd'hui en Russie ?\n\nC'est difficile à "
        "dire. Selon Séoul, une dizaine de milliers.",
        [("deployed", 10000, "KR")],
    ),
    (
        "en",
        "How many North Korean soldiers have died? The NIS says about 2,000.",
        [("killed", 2000, "KR")],
    ),
    (  # not a "how many" question: the figure says nothing
        "en",
        "Why did North Korea send soldiers? The NIS says about 2,000.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), ASKED_ROWS, ids=[r[1][:50] for r in ASKED_ROWS]
)
def test_a_bare_figure_answering_how_many_counts_what_was_asked(lang, text, expected):
    found = [(c.metric, c.value_best, c.claimant_country) for c in claims(text, lang)]
    assert found == expected


def test_agreeing_on_a_figure_states_it_and_a_counted_year_dates_nothing():
    found = claims(
        "Séoul et Washington s'accordent sur au moins 2000 morts et plusieurs milliers de blessés.",
        "fr",
        "2026-02-17",
    )
    assert [(c.value_best or c.value_low, c.claimant_country, c.claim_date) for c in found] == [
        (2000, "KR;US", "2026-02-17"),
        (2000, "KR;US", "2026-02-17"),
    ]


def test_unnamed_officials_are_the_ones_named_just_before():
    found = claims(
        "North Korea has sent about 2,500 more engineers to Russia, South Korean government "
        "officials said on Thursday. The officials said the arrivals were mostly deminers. An "
        "estimated 10,000 North Korean soldiers are in Russia, one of the officials said. "
        "Analysts said 300 North Korean soldiers had died.",
        "en",
        "2025-03-15",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [
        (2500, "KR"),
        (10000, "KR"),
        (300, ""),  # another word: not the same sources
    ]


def test_a_long_read_keeps_the_year_of_its_narrative():
    # Written in May 2026 about 2024-2025: the dates without a year follow the narrative,
    # across a sentence without a date and into the next year; a year after "since" in a
    # clause is background and sets no narrative ("since the deployment began in 2024").
    found = claims(
        "On October 18, 2024, the NIS said a first group of 1,500 soldiers had landed in Russia. "
        "By the end of October the Pentagon was speaking of around 10,000 soldiers.\n\n"
        "Counting the dead was harder. The NIS said on December 19 that at least 100 North "
        "Korean soldiers had been killed. Zelensky's figure four days later was higher, with more "
        "than 3,000 killed or wounded. In mid-January the NIS revised its own tally to 300 dead.",
        "en",
        "2026-05-18",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [
        (1500, "2024-10-18"),
        (10000, "2024-10"),
        (100, "2024-12-19"),
        (3000, "2024-12-23"),
        (300, "2025-01"),
    ]
    background = claims(
        "The NIS told lawmakers on November 3 that 2,800 soldiers had been killed since the "
        "deployment began in the autumn of 2024. Ukraine's military intelligence said in "
        "October that about 5,000 North Korean soldiers had died.",
        "en",
        "2026-11-20",
    )
    assert [(c.value_best, c.claim_date) for c in background] == [
        (2800, "2026-11-03"),
        (5000, "2026-10"),
    ]
    # The date in apposition after a comma is still the period's start ("depuis leur
    # arrivée, à l'automne 2024"); "Depuis," alone is "since then" and opens no period.
    apposition = claims(
        "Près de 3 000 Nord-Coréens auraient été tués depuis leur arrivée sur le front, à "
        "l'automne 2024, a-t-il ajouté. Ces chiffres sont plus élevés que ceux de Séoul. À la "
        "mi-janvier, le NIS évaluait à environ 10 000 le nombre de soldats nord-coréens en Russie.",
        "fr",
        "2026-03-19",
    )
    assert [(c.value_best, c.claim_date) for c in apposition] == [
        (3000, "2026-03-19"),
        (10000, "2026-01"),
    ]
    # A year alone ("during 2025") is the narrative's year in its paragraph only: in the
    # next one, a month without a year is the last one before publication.
    paragraphs = claims(
        "The missiles' accuracy improved markedly during 2025.\n\nNorth Korean casualties are "
        "not broken down. The UK Ministry of Defence said in February that they had passed "
        "7,000 killed and wounded.",
        "en",
        "2026-03-11",
    )
    assert [(c.value_best, c.claim_date) for c in paragraphs] == [(7000, "2026-02")]
    season = claims(
        "Il a fallu attendre l'automne 2024. Le 18 octobre, le NIS faisait état de 1 500 soldats.",
        "fr",
        "2026-01-19",
    )
    assert [(c.value_best, c.claim_date) for c in season] == [(1500, "2024-10-18")]
    since_then = claims(
        "Le NIS parlait alors de 1 500 soldats. Depuis, en décembre 2024, il a relevé son "
        "estimation. En janvier, il a fait état de 300 soldats nord-coréens tués.",
        "fr",
        "2026-03-19",
    )
    assert [(c.value_best, c.claim_date) for c in since_then][-1] == (300, "2025-01")
    # "this year" after a written year is the narrative's year now
    this_year = claims(
        "Pyongyang a envoyé 10 000 soldats à l'automne 2024, puis d'autres au début de cette "
        "année. Fin avril, le NIS évoquait environ 4 700 tués ou blessés.",
        "fr",
        "2025-07-16",
    )
    assert [(c.value_best, c.claim_date) for c in this_year][-1] == (4700, "2025-04")


def test_the_same_evening_is_the_day_of_the_last_statement_not_of_a_background_date():
    # "depuis son incursion du 6 août" is background: "le même soir" is Monday's evening.
    found = claims(
        "Lundi, le renseignement sud-coréen a indiqué que quelque 10'000 militaires "
        "nord-coréens avaient fait mouvement vers Koursk, où l'armée ukrainienne tient une "
        "bande de territoire depuis son incursion du 6 août.\n\nLe même soir, Volodymyr "
        "Zelensky a affirmé que 11'000 soldats nord-coréens se trouvaient déjà à Koursk. Le 23 "
        "octobre, la Maison-Blanche parlait encore d'au moins 3000 hommes.",
        "fr",
        "2024-11-06",
    )
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (10000, "KR", "2024-11-04"),
        (11000, "UA", "2024-11-04"),
        (3000, "US", "2024-10-23"),
    ]
    (evening,) = claims(
        "On Monday, the NIS said 10,000 soldiers had moved to Kursk. That evening, Zelensky "
        "said 11,000 North Korean soldiers were in Kursk.",
        "en",
        "2024-11-06",
    )[1:]
    assert (evening.value_best, evening.claim_date) == (11000, "2024-11-04")


def test_a_sentence_opening_then_says_what_came_next_not_at_that_time():
    found = claims(
        "In January, Zelensky spoke of 4,000 killed and wounded. Then in June the British said "
        "there had been more than 6,000 casualties. The NIS then put the dead at 600.",
        "en",
        "2025-09-12",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [
        (4000, "2025-01"),
        (6000, "2025-06"),
        (600, "2025-06"),  # "then", inside the sentence: at that time
    ]


def test_a_carry_cue_naming_a_kind_takes_the_last_source_of_that_kind():
    (first, second) = claims(
        "North Korea admitted the deployment on April 28, and two days later the NIS said "
        "roughly 15,000 soldiers had been sent. By September the agency's estimate of the dead "
        "had risen to about 2,000.",
        "en",
        "2025-10-01",
    )
    assert (first.claimant_country, second.claimant_country) == ("KR", "KR")


def test_the_introduced_speakers_statement_date_carries_to_its_figures():
    # The date goes with the speaker the cue attributes, not only with the first name of the
    # sentence ("devant les députés").
    found = claims(
        "Mercredi, devant les députés de la commission du renseignement, le NIS a livré son "
        "évaluation. La Corée du Nord aurait envoyé environ 15 000 soldats en Russie, dont "
        "environ 600 sont morts.",
        "fr",
        "2025-05-02",
    )
    assert [(c.value_best, c.claimant_country, c.claim_date) for c in found] == [
        (15000, "KR", "2025-04-30"),
        (600, "KR", "2025-04-30"),
    ]


COLON_ROWS = [
    # (lang, text, country, date): the subject of a clause ending with a colon states the
    # figures after it, at the dates around that subject.
    (
        "fr",
        "Mercredi, le renseignement sud-coréen a fait le point devant les députés : quelque "
        "15 000 soldats envoyés, environ 600 morts.",
        "KR",
        "2025-04-30",
    ),
    (
        "fr",
        "Le dernier bilan du renseignement sud-coréen remonte à fin mars : quelque 15 000 "
        "soldats envoyés.",
        "KR",
        "2025-03",
    ),
    (
        "en",
        "On Monday, the Pentagon gave its latest count: 11,000 North Korean troops.",
        "US",
        "2025-04-28",
    ),
    # no source before the colon: the article's own
    ("fr", "Le bilan reste flou : quelque 15 000 soldats nord-coréens envoyés.", "", "2025-04-30"),
]


@pytest.mark.parametrize(
    ("lang", "text", "country", "date"), COLON_ROWS, ids=[r[1][:45] for r in COLON_ROWS]
)
def test_a_source_before_a_colon_states_the_figures_after_it(lang, text, country, date):
    found = claims(text, lang, published="2025-04-30")
    assert found and {(c.claimant_country, c.claim_date) for c in found} == {(country, date)}


LIST_ROWS = [
    # (lang, text, countries): entries under a title naming a source are that source's,
    # until a line that is no entry.
    (
        "en",
        "How the NIS count has moved\nDec. 19, 2024 - at least 100 killed\nJan. 13, 2025 - 300 "
        "killed, 2,700 wounded\nKyiv disputes the figures. It says 3,000 soldiers died.",
        ["KR", "KR", "KR", "UA"],
    ),
    (
        "fr",
        "Les chiffres du Pentagone\n- fin octobre : 8 000 soldats nord-coréens\n- novembre : "
        "10 000 soldats nord-coréens",
        ["US", "US"],
    ),
    # a title without a source gives none
    ("en", "Key figures\n- 11,000 North Korean soldiers sent", [""]),
]


@pytest.mark.parametrize(
    ("lang", "text", "countries"), LIST_ROWS, ids=[r[1][:30] for r in LIST_ROWS]
)
def test_entries_under_a_title_naming_a_source_are_that_sources(lang, text, countries):
    assert [c.claimant_country for c in claims(text, lang, published="2025-09-05")] == countries


def test_a_pronoun_after_a_speaker_of_the_same_sentence_is_that_speaker():
    text = (
        "Le NIS a publié un bilan mardi. Kiev parlait en mars de 2 000 morts nord-coréens ; "
        "en avril, il comptait déjà plus de 4 000 blessés."
    )
    assert [c.claimant_country for c in claims(text, "fr")] == ["UA", "UA"]


def test_a_sentence_pointing_back_does_not_override_a_named_source():
    text = "Kyiv says 3,000 North Korean troops were killed. That is what the NIS said, too."
    assert [c.claimant_country for c in claims(text, "en")] == ["UA"]


def test_a_month_before_a_figure_is_not_read_as_a_day():
    """ "dès janvier 4 000": no 4th of January, a figure of 4,000."""
    text = "Pour Kiev, qui comptait dès janvier 4 000 Nord-Coréens hors de combat, c'est peu."
    assert [(c.metric, c.value_best) for c in claims(text, "fr")] == [("casualties", 4000)]


def test_a_figure_glossed_after_a_colon_takes_the_source_of_its_gloss():
    text = (
        "By the numbers.\nAbout 950,000: total Russian losses since February 2022, according "
        "to Ukraine's General Staff."
    )
    assert [(c.value_best, c.claimant_country) for c in claims(text, "en")] == [(950000, "UA")]


CITING_ROWS = [
    # (lang, text, country): a figure another country's source is cited for is that
    # source's; one a speaker cites from his own side, or from unnamed sources, stays his.
    (
        "en",
        "Citing Ukrainian intelligence, a Pentagon spokesman said on Monday that North Korean "
        "casualties had reached roughly 3,800.",
        "UA",
    ),
    (
        "en",
        "On Monday, Zelensky said that more than 3,000 North Korean soldiers had been killed or "
        "wounded, citing preliminary figures from his commander, Oleksandr Syrskyi.",
        "UA",
    ),
    (
        "fr",
        "Citant de multiples sources, le Pentagone a affirmé lundi que 3 000 soldats "
        "nord-coréens ont été envoyés.",
        "US",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"), CITING_ROWS, ids=[r[1][:45] for r in CITING_ROWS]
)
def test_a_figure_cited_from_another_countrys_source_is_that_sources(lang, text, country):
    found = claims(text, lang, published="2025-04-30")
    assert [(c.claimant_country, c.claim_date) for c in found] == [(country, "2025-04-28")]


def test_lawmaker_relaying_an_nis_briefing_counts_as_nis():
    text = (
        "Lee Seong-kweun said, citing a closed-door briefing by South Korea's National "
        "Intelligence Service (NIS), that at least 100 North Korean soldiers had been killed."
    )
    (claim,) = claims(text, "en")
    assert claim.claimant == "South Korean intelligence (NIS)"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # the agency named after the lawmaker, past a word of relaying, dated with it
            "en",
            "About 10,000 North Korean soldiers are still in Russia, according to lawmaker Lee "
            "Seong-kweun, who relayed a closed-door briefing by South Korea's National "
            "Intelligence Service (NIS) on Tuesday. The agency added that roughly 5,000 "
            "construction troops have been moving to Russia.",
            [("South Korean intelligence (NIS)", "2025-11-04")] * 2,
        ),
        (
            "fr",
            "Environ 10 000 soldats nord-coréens seraient toujours en Russie, selon le député "
            "Lee Seong-kweun, qui relayait mardi un briefing du Service national du "
            "renseignement (NIS).",
            [("South Korean intelligence (NIS)", "2025-11-04")],
        ),
        (  # past a comma, a name of the content
            "en",
            "According to the two lawmakers who relayed the briefing, Pyongyang has brought "
            "about 4,000 construction troops home.",
            [("South Korean lawmakers", "2025-11-06")],
        ),
    ],
    ids=["relayed a briefing by", "relayait un briefing du", "relayed the briefing, Pyongyang"],
)
def test_a_lawmaker_relays_the_agency_named_after_them(lang, text, expected):
    found = claims(text, lang, "2025-11-06")
    assert [(c.claimant, c.claim_date) for c in found] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Royal United Services Institute (RUSI) on Tuesday released a paper. The authors "
            "stress that every line is an estimate. Their summary table, with figures as of the "
            "end of May 2026, reads as follows. Combat troops deployed since October 2024: about "
            "16,000. Killed: 2,500 to 3,000.",
        ),
        (
            "fr",
            "Le Royal United Services Institute (RUSI) a publié mardi une note. Son tableau, "
            "arrêté à la fin mai 2026, se lit comme suit. Soldats déployés depuis octobre 2024 : "
            "environ 16 000. Tués : de 2 500 à 3 000.",
        ),
    ],
    ids=["reads as follows", "se lit comme suit"],
)
def test_a_sentence_announcing_the_figures_after_it_gives_them_its_source(lang, text):
    # The announcing sentence has no figure; its source and date go to the figures after it.
    found = claims(text, lang, "2026-06-18")
    assert [(c.value_best or c.value_low, c.claimant_country, c.claim_date) for c in found] == [
        (16000, "GB", "2026-05"),
        (2500, "GB", "2026-05"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (  # the document's author, named after "émanerait de", speaks through "ce décompte"
            "fr",
            "Le document, que notre rédaction a pu consulter, émanerait de la direction du "
            "personnel du ministère russe de la Défense. Selon ce décompte, 1 412 militaires "
            "nord-coréens auraient été tués.",
            "RU",
        ),
        (
            "en",
            "The document, seen by this newspaper, comes from the Russian defence ministry. "
            "According to this tally, 1,412 North Korean soldiers have been killed.",
            "RU",
        ),
        (  # a possessive before unnamed people: the last source's own
            "fr",
            "Le renseignement militaire ukrainien juge le bilan russe sous-estimé. Ses analystes "
            "avancent au moins 1 800 tués, a indiqué mardi un porte-parole.",
            "UA",
        ),
    ],
    ids=[
        "émanerait de ... selon ce décompte",
        "comes from ... according to this tally",
        "ses analystes",
    ],
)
def test_a_documents_author_and_a_sources_own_people(lang, text, country):
    (claim,) = claims(text, lang, "2025-12-10")
    assert claim.claimant_country == country


# --- claim date ----------------------------------------------------------------------------

TABLE_ROWS = [
    # (lang, text, [(metric, value, claimant country, claim date, qualifier)]): a table
    # written as text, its source, date and counted noun in the cells before the figure.
    (
        "en",
        "Table 1. Selected public estimates\n"
        "Source | Date | What is counted | Figure\n"
        "South Korea, NIS | 30 Apr 2025 | troops sent, total | ~15,000\n"
        "UK Defence Intelligence | 15 Jun 2025 | killed or wounded | >6,000\n"
        "Ukraine, GUR | 2 Jul 2025 | additional troops expected | 25,000-30,000",
        [
            ("deployed", 15000, "KR", "2025-04-30", "approx"),
            ("casualties", 6000, "GB", "2025-06-15", "at_least"),
            ("deployed", 25000, "UA", "2025-07-02", "range"),
        ],
    ),
    (
        "fr",
        "Tableau 1\n"
        "Source | Date | Ce qui est compté | Chiffre\n"
        "NIS sud-coréen | 4 sept. 2025 | morts | ~2 000\n"
        "Kiev, GUR | 2 juil. 2025 | renforts attendus | 25 000-30 000",
        [
            ("killed", 2000, "KR", "2025-09-04", "approx"),
            ("deployed", 25000, "UA", "2025-07-02", "range"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TABLE_ROWS, ids=["en", "fr"])
def test_a_table_row_gives_its_figure_a_source_and_a_date(lang, text, expected):
    found = claims(text, lang, "2026-05-12")
    assert [
        (c.metric, c.value_best or c.value_low, c.claimant_country, c.claim_date, c.qualifier)
        for c in found
    ] == expected
    assert {c.rule.split("|")[2] for c in found} == {"source.table"}


LINE_ROWS = [
    # (lang, text, [(metric, value, claimant country, claim date)]): lines of data opened by
    # their source, its cells ended by a semicolon or a comma, the figures after a colon.
    (
        "en",
        "The main ones are below, one line per statement.\n\n"
        "South Korean intelligence (NIS); 18 Oct 2024; sent: 1,500\n"
        "Ukrainian president; 4 Nov 2024; sent: 11,000\n"
        "NIS; 13 Jan 2025; killed: 300; wounded: 2,700",
        [
            ("deployed", 1500, "KR", "2024-10-18"),
            ("deployed", 11000, "UA", "2024-11-04"),
            ("killed", 300, "KR", "2025-01-13"),
            ("wounded", 2700, "KR", "2025-01-13"),
        ],
    ),
    (
        "fr",
        "Tableau 2 - Pertes nord-coréennes (source, date : catégorie, chiffre)\n"
        "NIS (Séoul), 19 décembre 2024 : tués, au moins 100 ; blessés, près de 1 000\n"
        "Présidence ukrainienne, 23 décembre 2024 : tués et blessés, plus de 3 000\n"
        "Renseignement britannique, juin 2025 : tués et blessés, plus de 6 000",
        [
            ("killed", 100, "KR", "2024-12-19"),
            ("wounded", 1000, "KR", "2024-12-19"),
            ("casualties", 3000, "UA", "2024-12-23"),
            ("casualties", 6000, "GB", "2025-06"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LINE_ROWS, ids=["en", "fr"])
def test_a_line_of_data_opened_by_a_source_gives_its_figures_that_source(lang, text, expected):
    found = claims(text, lang, "2026-11-16")
    assert [
        (c.metric, c.value_best or c.value_low, c.claimant_country, c.claim_date) for c in found
    ] == expected


def test_a_line_of_prose_opened_by_a_source_is_no_line_of_data():
    text = (
        "Le NIS a parlé jeudi. Kiev avance un autre chiffre.\n"
        "Séoul, de son côté : une estimation prudente, environ 300 morts, disent les experts.\n"
    )
    assert all(c.rule.split("|")[2] != "source.line" for c in claims(text, "fr"))


def test_the_most_precise_name_of_a_table_cell_is_the_source():
    (found,) = claims("Kiev, GUR | 2 juil. 2025 | morts | 1 200\nSuite.", "fr", "2026-05-12")
    assert found.claimant == "Ukrainian intelligence"


AS_OF_ROWS = [
    # (lang, published, text, [(value, claim date)]): a date right after a figure is its
    # estimate's, except after a verb of sending.
    (  # a later month after "by" is a target: the statement's date
        "en",
        "2024-10-25",
        "South Korea's spy agency said on Wednesday that about 3,000 North Korean soldiers had "
        "left and that the total would reach about 10,000 by December.",
        [(3000, "2024-10-23"), (10000, "2024-10-23")],
    ),
    (  # an earlier month after "by" still dates the estimate
        "en",
        "2024-10-25",
        "Seoul put the toll at about 2,000 by September.",
        [(2000, "2024-09")],
    ),
    (  # the estimate the figure comes from, dated
        "en",
        "2026-03-12",
        "The NIS said it believes about 8,000 North Korean troops remain in Russia, revised down "
        "from roughly 10,000 in its January assessment.",
        [(8000, "2026-03-12"), (10000, "2026-01")],
    ),
    (
        "fr",
        "2025-01-14",
        "Selon le NIS, près de 3 000 soldats nord-coréens ont été tués ou blessés, contre "
        "environ 1 100 selon son estimation de décembre.",
        [(3000, "2025-01-14"), (1100, "2024-12")],
    ),
    (
        "fr",
        "2026-11-05",
        "Selon le NIS, environ 2 800 soldats nord-coréens ont été tués, contre 2 300 lors de sa "
        "précédente évaluation, en mars.",
        [(2800, "2026-11-05"), (2300, "2026-03")],
    ),
    (  # a participle of estimating between them
        "fr",
        "2026-07-09",
        "Selon le NIS, environ 9 000 militaires nord-coréens se trouveraient encore en Russie, "
        "contre quelque 10 000 estimés en mars.",
        [(9000, "2026-07-09"), (10000, "2026-03")],
    ),
    (
        "en",
        "2026-07-09",
        "The NIS said about 9,000 North Korean troops remain in Russia, down from 10,000 "
        "estimated in March.",
        [(9000, "2026-07-09"), (10000, "2026-03")],
    ),
    (
        "en",
        "2026-03-12",
        "The NIS count of the dead rose from at least 100 in December 2024 to roughly 300 in "
        "January 2025 and about 2,000 in September.",
        [(100, "2024-12"), (300, "2025-01"), (2000, "2025-09")],
    ),
    (
        "en",
        "2025-06-20",
        "Zelensky spoke of 3,000 casualties and 4,000 by early January.",
        [(3000, "2025-06-20"), (4000, "2025-01")],
    ),
    (
        "fr",
        "2025-10-01",
        "Le NIS chiffrait les morts à environ 600 en avril, puis à 2 000 en septembre.",
        [(600, "2025-04"), (2000, "2025-09")],
    ),
    (
        "en",
        "2025-06-04",
        "The NIS said on Monday that Pyongyang sent 3,000 in May.",
        [(3000, "2025-06-02")],
    ),
    (
        "en",
        "2026-04-09",
        "The NIS put North Korean deaths at about 2,000 last September.",
        [(2000, "2025-09")],
    ),
    # Not after the figure's noun: "48 240 hommes en janvier" counts January's losses.
    (
        "fr",
        "2025-02-05",
        "Selon Kiev, mercredi, les pertes russes se sont élevées à 48 240 hommes en janvier.",
        [(48240, "2025-02-05")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The NIS estimated that about 2,100 North Korean soldiers have been killed since the "
            "deployment began in October 2024, up from its previous estimate of some 2,000 in "
            "January.",
        ),
        (
            "fr",
            "Le NIS estime à environ 2 100 le nombre de soldats nord-coréens tués, contre sa "
            "précédente estimation de 2 000 en janvier.",
        ),
    ],
    ids=["up from its previous estimate of", "contre sa précédente estimation de"],
)
def test_a_figure_compared_with_a_previous_estimate_counts_the_same(lang, text):
    # The comparison names the estimate it was, not what it counts: the figure before's
    # metric, and the date right after it.
    found = claims(text, lang, "2026-03-05")
    assert [(c.metric, c.value_best, c.claim_date) for c in found] == [
        ("killed", 2100, "2026-03-05"),
        ("killed", 2000, "2026-01"),
    ]


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"), AS_OF_ROWS, ids=[r[2][:60] for r in AS_OF_ROWS]
)
def test_a_date_right_after_a_figure_dates_its_estimate(lang, published, text, expected):
    found = claims(text, lang, published)
    assert [(c.value_best or c.value_low, c.claim_date) for c in found] == expected


def test_a_month_this_year_or_last_year_takes_the_published_year_or_the_one_before():
    found = claims(
        "The NIS put the dead at about 2,000 in September 2025. In January this year, the "
        "agency said some 10,000 North Korean soldiers were still in Russia. In March last "
        "year, it had said 11,000 were sent.",
        "en",
        "2026-03-12",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [
        (2000, "2025-09"),
        (10000, "2026-01"),
        (11000, "2025-03"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le NIS parlait en avril de l'an dernier d'environ 15 000 soldats envoyés."),
        ("fr", "Le NIS parlait en avril de l'année dernière d'environ 15 000 soldats envoyés."),
        ("en", "The NIS said in April of last year that about 15,000 soldiers were sent."),
    ],
)
def test_a_month_of_last_year_is_one_date(lang, text):
    (claim,) = claims(text, lang, "2026-06-12")
    assert claim.claim_date == "2025-04"


def test_an_apposition_right_after_a_statement_cue_dates_the_statement():
    (claim,) = claims(
        "Kyiv has published no figure since; Zelenskyy's last estimate, in January 2025, was "
        "4,000 killed and wounded.",
        "en",
        "2026-04-15",
    )
    assert (claim.claimant_country, claim.claim_date) == ("UA", "2025-01")


NOW_ROWS = [
    # (lang, published, text, [(value, claim date)]): a figure said to be current is of the
    # published day, unless its source spoke in the last days.
    (
        "fr",
        "2026-02-24",
        "En janvier, le NIS a évalué les pertes. Selon le NIS, deux prisonniers nord-coréens "
        "sont toujours détenus en Ukraine.",
        [(2, "2026-02-24")],
    ),
    (
        "en",
        "2025-10-30",
        "In September the NIS briefed lawmakers. The NIS says 10,000 North Korean troops are "
        "still in Russia.",
        [(10000, "2025-10-30")],
    ),
    (
        "fr",
        "2026-01-09",
        "Le 9 janvier 2025, Kiev a affirmé avoir capturé deux soldats nord-coréens. Selon Kiev, "
        "plus de 8 000 militaires russes sont aujourd'hui détenus en Ukraine.",
        [(2, "2025-01-09"), (8000, "2026-01-09")],
    ),
    (
        "en",
        "2025-09-05",
        "The NIS told lawmakers on Thursday that 11,000 troops were sent. The NIS said around "
        "2,000 are now believed killed.",
        [(11000, "2025-09-04"), (2000, "2025-09-04")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"), NOW_ROWS, ids=[r[2][:60] for r in NOW_ROWS]
)
def test_a_figure_said_to_be_current_is_of_the_published_day(lang, published, text, expected):
    found = claims(text, lang, published)
    assert [(c.value_best, c.claim_date) for c in found] == expected


CITATION_ROWS = [
    # (lang, text, country, claim date): a source cited in brackets with its year.
    (
        "fr",
        "La presse a relayé une estimation d'environ 2 000 morts (NIS, 2025)[3].",
        "KR",
        "2025",
    ),
    (
        "fr",
        "En octobre 2024, la presse parlait d'un premier groupe de 1 500 soldats (NIS, 2024).",
        "KR",
        "2024-10",
    ),
    (
        "fr",
        "Le renseignement militaire britannique retenait dès juin 2025 plus de 6 000 tués ou "
        "blessés (Defence Intelligence, 2025), quand la presse parlait d'environ 2 000 morts "
        "(NIS, 2025).",
        "GB",
        "2025-06",
    ),
    (
        "fr",
        "On parle d'une quinzaine de milliers d'hommes envoyés (NIS, 2025 ; Zelensky, 2025).",
        "KR;UA",
        "2025",
    ),
    # Or with a month, a relative date, or no date at all.
    ("en", "- total sent since autumn 2024: roughly 15,000 (NIS, April)", "KR", "2025-04"),
    ("en", "- killed and wounded: over 6,000 (UK Defence Intelligence, June)", "GB", "2025-06"),
    ("en", "- killed: about 2,000 (NIS, today)", "KR", "2026-03-16"),
    ("en", "About 2,000 North Korean soldiers have been killed (NIS).", "KR", "2026-03-16"),
    (  # a list's colon after the figure; the brackets start within reach, end beyond it
        "fr",
        "Les chiffres clés :\n- 3 000 : les renforts envoyés en janvier et février 2025 (JCS, "
        "mars 2025).",
        "KR",
        "2025-03",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "country", "date"), CITATION_ROWS, ids=[r[1][:60] for r in CITATION_ROWS]
)
def test_a_source_cited_in_brackets_states_the_figure(lang, text, country, date):
    found = claims(text, lang, "2026-03-16")
    assert (found[0].claimant_country, found[0].claim_date) == (country, date)
    assert found[0].rule.split("|")[2] == "source.citation"


BRACKET_REMARK_ROWS = [
    # Brackets that are no citation: a remark naming a source among other words.
    ("en", "About 2,000 soldiers died (a figure the NIS disputes).", ""),
    ("fr", "Environ 2 000 soldats sont morts (un chiffre que conteste le NIS).", ""),
]


@pytest.mark.parametrize(
    ("lang", "text", "country"), BRACKET_REMARK_ROWS, ids=[r[1][:60] for r in BRACKET_REMARK_ROWS]
)
def test_brackets_that_are_no_citation_state_nothing(lang, text, country):
    (claim,) = claims(text, lang, "2026-03-16")
    assert "source.citation" not in claim.rule


def test_a_page_number_is_no_figure():
    text = "Un rapport de tués et blessés courant (Keegan, 1976, p. 285). Selon Kiev, 300 tués."
    assert [c.value_best for c in claims(text, "fr")] == [300]


DATE_ROWS = [
    (  # a cue after a comparison reports the other estimate: its date is not this figure's
        "en",
        "2025-05-15",
        "Its authors now put Russian casualties at around 900,000 killed and wounded, roughly "
        "40 percent more than the institute itself estimated a year ago.",
        "2025-05-15",
        "day",
    ),
    (
        "fr",
        "2025-05-15",
        "Ses auteurs évaluent désormais les pertes russes à environ 900 000 tués et blessés, "
        "soit bien plus que ce qu'estimait l'institut il y a un an.",
        "2025-05-15",
        "day",
    ),
    (  # a date in a "since ... began in" clause starts a period, it dates no statement
        "en",
        "2025-02-06",
        "The spokesman also gave Ukraine's running total for Russian losses since the "
        "full-scale invasion began in February 2022, putting them at 851,830 troops killed or "
        "wounded.",
        "2025-02-06",
        "day",
    ),
    # (lang, published, text, claim_date, precision)
    (
        "fr",
        "2025-01-04",
        "Le 23 décembre, Kiev a affirmé que 3 000 soldats avaient été tués ou blessés.",
        "2024-12-23",
        "day",
    ),
    (
        "fr",
        "2025-04-28",
        "En mars, l'armée sud-coréenne a déclaré qu'environ 4 000 soldats "
        "avaient été tués ou blessés.",
        "2025-03",
        "month",
    ),
    (
        "fr",
        "2025-01-06",
        "Fin décembre, la Maison Blanche jugeait que plus de 1 000 soldats "
        "avaient été tués ou blessés.",
        "2024-12",
        "month",
    ),
    (
        "fr",
        "2025-01-13",
        "Samedi, Kiev a annoncé la capture de 2 prisonniers nord-coréens.",
        "2025-01-11",
        "day",
    ),
    (
        "fr",
        "2024-12-17",
        "Lundi, le renseignement ukrainien a affirmé que 30 soldats avaient été tués.",
        "2024-12-16",
        "day",
    ),
    (
        "en",
        "2024-12-24",
        "More than 3,000 soldiers were killed or wounded, Zelensky said on Monday.",
        "2024-12-23",
        "day",
    ),
    (
        "en",
        "2025-01-23",
        "The NIS reported on Monday last week a toll of 3,000 casualties.",
        "2025-01-13",
        "day",
    ),
    (
        "en",
        "2025-01-04",
        "Russia's losses exceeded 600,000 soldiers, the Pentagon said in early October.",
        "2024-10",
        "month",
    ),
    (
        "en",
        "2025-04-30",
        "Back in January, the NIS had put the toll at no fewer than 300 dead.",
        "2025-01",
        "month",
    ),
    (
        "fr",
        "2025-04-28",
        "Selon Séoul, 11 000 soldats ont été déployés, puis 3 000 autres ont été "
        "envoyés au début de l'année 2025.",
        "2025-04-28",
        "day",
    ),
    (
        "fr",
        "2025-02-27",
        "En octobre, entre 10 000 et 12 000 militaires avaient débarqué en Russie, selon le NIS.",
        "2025-02-27",
        "day",
    ),
    (
        "fr",
        "2026-01",
        "D'après le NIS, près de 10 000 soldats auraient été déployés.",
        "2026-01",
        "month",
    ),
]


DATE_ROWS += [
    # "last Monday", "lundi dernier": the Monday before the published day, a week back when
    # the article is published on a Monday; a bare "Monday" is then the same day.
    (
        "en",
        "2025-01-20",
        "The NIS told lawmakers last Monday that 300 soldiers had been killed.",
        "2025-01-13",
        "day",
    ),
    (
        "fr",
        "2025-01-20",
        "Le NIS a déclaré lundi dernier que 300 soldats avaient été tués.",
        "2025-01-13",
        "day",
    ),
    (
        "en",
        "2025-01-22",
        "The NIS told lawmakers last Monday that 300 soldiers had been killed.",
        "2025-01-20",
        "day",
    ),
    (
        "en",
        "2025-01-20",
        "The NIS told lawmakers on Monday that 300 soldiers had been killed.",
        "2025-01-20",
        "day",
    ),
    # A statement verb dates the figure even when its speaker is not one the gazetteer knows.
    (
        "fr",
        "2025-05-06",
        "Samedi 26 avril, un général russe affirmait que l'Ukraine avait perdu 76 000 soldats.",
        "2025-04-26",
        "day",
    ),
    (
        "en",
        "2025-05-06",
        "On Saturday, a spokesman for an unnamed agency said 3,000 soldiers had been killed.",
        "2025-05-03",
        "day",
    ),
    # A reporting verb after the figure dates it, unless a figure of its own follows it.
    (
        "en",
        "2025-09-05",
        "Seoul's spy agency believes 2,000 soldiers have been killed, two lawmakers said on "
        "Thursday.",
        "2025-09-04",
        "day",
    ),
    # A date opening a period ("depuis", "since") dates the events, not the statement.
    (
        "fr",
        "2025-02-05",
        "Depuis la mi-janvier, selon le NIS, 300 soldats ont été tués.",
        "2025-02-05",
        "day",
    ),
    (
        "en",
        "2025-04-27",
        "Since January 3, 9,000 soldiers have been killed, the Pentagon said.",
        "2025-04-27",
        "day",
    ),
    # A date of another figure's content is not this figure's statement date.
    (
        "en",
        "2025-04-27",
        "Since the offensive began on August 6, the army lost 60,000 men, it said: "
        "20,000 killed and 40,000 wounded.",
        "2025-04-27",
        "day",
    ),
    # English month-day dates followed by a comma, a year or a full stop.
    (
        "en",
        "2025-01-04",
        "On December 23, Zelensky said that 3,000 soldiers had been killed or injured.",
        "2024-12-23",
        "day",
    ),
    (
        "en",
        "2025-01-04",
        "On December 23, 2024, Zelensky said that 3,000 soldiers had been killed.",
        "2024-12-23",
        "day",
    ),
    # A timeline entry: a date alone heads the paragraph's statements.
    (
        "en",
        "2026-02-02",
        "April 30, 2025. The NIS tells lawmakers that 15,000 soldiers have been sent. Around "
        "600 have died, it estimates.",
        "2025-04-30",
        "day",
    ),
    # A date without a year right after one with a year of the last 18 months takes that
    # year; an older year is background.
    (
        "fr",
        "2026-01-19",
        "Il a fallu attendre l'automne 2024. Le 18 octobre, le NIS faisait état de 1 500 "
        "soldats envoyés.",
        "2024-10-18",
        "day",
    ),
    (
        "fr",
        "2026-01-19",
        "Tout a commencé en octobre 2024. En décembre, Kiev parlait de 3 000 soldats tués.",
        "2024-12",
        "month",
    ),
    (
        "en",
        "2025-01-10",
        "Russia invaded Ukraine in February 2022. On December 23, Zelensky said 3,000 soldiers "
        "had been killed.",
        "2024-12-23",
        "day",
    ),
    # The source named after "selon" runs to its comma, with the date it holds.
    (
        "fr",
        "2025-07-03",
        "D'après une évaluation du renseignement ukrainien rapportée mercredi par une chaîne "
        "américaine, Pyongyang dépêcherait 25 000 soldats.",
        "2025-07-02",
        "day",
    ),
    # Relative dates counted in units: back from the published date ("ago", "il y a"), on or
    # back from the date last mentioned ("later", "plus tôt").
    (
        "en",
        "2025-01-27",
        "Two weeks ago, the NIS said 300 soldiers had been killed.",
        "2025-01-13",
        "day",
    ),
    ("fr", "2025-03-12", "Il y a deux mois, le NIS évoquait 300 soldats tués.", "2025-01", "month"),
    (
        "fr",
        "2025-03-12",
        "Le 18 octobre 2024, le NIS a alerté les députés. Cinq jours plus tard, le NIS "
        "évoquait 3 000 soldats supplémentaires.",
        "2024-10-23",
        "day",
    ),
    # "la veille", "the day before": the day before the published one.
    (
        "fr",
        "2024-11-05",
        "La veille au soir, Volodymyr Zelensky avait assuré que 11 000 soldats étaient à Koursk.",
        "2024-11-04",
        "day",
    ),
    # A day alone ("Le 19,") is in the month last named; the year of a narrative carries on
    # through the dates that took it.
    (
        "fr",
        "2026-01-19",
        "Tout a commencé à l'automne 2024. Le 18 octobre, le NIS a alerté les députés. Cinq "
        "jours plus tard, il a alerté la presse. Les pertes n'apparaissent qu'en décembre. Le "
        "19, le NIS a évoqué au moins 100 morts.",
        "2024-12-19",
        "day",
    ),
    # A date opening a line before a dash or a colon heads that entry.
    (
        "en",
        "2025-09-05",
        "How the count has moved\nDec. 19, 2024 - at least 100 soldiers killed",
        "2024-12-19",
        "day",
    ),
    (
        "fr",
        "2025-04-29",
        "Chronologie\n- 26 avril : l'état-major ukrainien chiffre les pertes à 4 500 soldats "
        "tués et blessés.",
        "2025-04-26",
        "day",
    ),
    # "qui évaluait en avril à 600": the period opened before the source is not its date.
    (
        "fr",
        "2025-08-15",
        "Ces renforts s'ajoutent aux soldats envoyés depuis l'automne 2024, selon le NIS, "
        "qui évaluait en avril à environ 600 le nombre de morts.",
        "2025-04",
        "month",
    ),
    # A date in an apposition after "selon X," dates the statement.
    (
        "fr",
        "2025-08-29",
        "Selon le ministère sud-coréen de la Défense, qui s'exprimait la semaine dernière devant "
        "les députés, environ 11 000 soldats nord-coréens se trouvent encore en Russie.",
        "2025-08",
        "month",
    ),
    (
        "fr",
        "2025-12-30",
        "2 000 — Le nombre de soldats nord-coréens tués depuis le début du déploiement, selon le "
        "NIS, début septembre.",
        "2025-09",
        "month",
    ),
    # Month abbreviations without a dot, before a day or a year; not a first name.
    (
        "en",
        "2026-05-12",
        "The NIS said on 30 Apr 2025 that about 15,000 troops had been sent.",
        "2025-04-30",
        "day",
    ),
    (
        "en",
        "2025-03-12",
        "Jan Egeland said on Monday that 300 soldiers were killed.",
        "2025-03-10",
        "day",
    ),
    # A dateline's date dates the dispatch, not the statement.
    (
        "en",
        "2024-11-05",
        "KYIV, Nov 5 (Wire) - Zelensky said on Monday that 11,000 North Korean troops were "
        "in Kursk.",
        "2024-11-04",
        "day",
    ),
    (
        "fr",
        "2024-11-06",
        "KIEV, 6 nov. (Agence) - Zelensky a affirmé lundi que 11 000 soldats nord-coréens "
        "étaient à Koursk.",
        "2024-11-04",
        "day",
    ),
    # The month or the year of the published date.
    (
        "en",
        "2025-01-31",
        "Zelensky said earlier this month that North Korean losses had reached 3,800 killed "
        "or wounded.",
        "2025-01",
        "month",
    ),
    (
        "fr",
        "2025-01-31",
        "Kiev a affirmé plus tôt ce mois-ci que 3 800 soldats avaient été tués ou blessés.",
        "2025-01",
        "month",
    ),
    (
        "en",
        "2026-10-15",
        "The JCS said earlier this year that about 11,000 troops had been sent.",
        "2026",
        "year",
    ),
    (
        "fr",
        "2026-10-15",
        "L'état-major a affirmé plus tôt cette année qu'environ 11 000 soldats avaient été "
        "envoyés.",
        "2026",
        "year",
    ),
]


DATE_ROWS += [
    # "dès" after a statement verb: as early as, the statement's date
    (
        "fr",
        "2025-02-17",
        "Pour Kiev, qui comptait dès janvier 4 000 Nord-Coréens hors de combat, ces chiffres "
        "sont sous-évalués.",
        "2025-01",
        "month",
    ),
    (
        "fr",
        "2025-05-06",
        "Washington évoquait pourtant, dès la fin décembre, plus d'un millier de tués ou blessés.",
        "2024-12",
        "month",
    ),
    # "back in" right after a figure dates its estimate
    (
        "en",
        "2025-06-16",
        "South Korean officials put the death toll at around 600 back in April.",
        "2025-04",
        "month",
    ),
]
DATE_ROWS += [
    # "the same day" is the day just written, not the start of a period named after it
    (
        "en",
        "2025-09-08",
        "Seoul briefed lawmakers on Friday. It says Pyongyang has shipped 12 million shells since "
        "2023. A NATO official, briefing reporters the same day, said the alliance counted at "
        "least 10,000 North Korean troops in Russia.",
        "2025-09-05",
        "day",
    ),
    # the figure as a statement verb's object: a date right after its words dates the statement
    (
        "en",
        "2026-11-06",
        "Seoul first spoke of 1,500 soldiers in October 2024.",
        "2024-10",
        "month",
    ),
    (
        "en",
        "2026-03-18",
        "Britain's Defence Intelligence put North Korean losses at more than 6,000 killed and "
        "wounded last June.",
        "2025-06",
        "month",
    ),
    ("fr", "2025-05-02", "Le NIS parlait de 600 morts en avril.", "2025-04", "month"),
    # ... not the date of an event the figure's clause reports
    ("en", "2025-03-12", "The NIS said 300 died in January.", "2025-03-12", "day"),
    (
        "fr",
        "2025-03-12",
        "Le NIS estimait que 300 soldats avaient été envoyés en janvier.",
        "2025-03-12",
        "day",
    ),
    # a small word counting no one does not cut the cue's date off ("two officials")
    (
        "en",
        "2026-04-16",
        "In March, two government officials told reporters that North Korean casualties had "
        "already passed 5,000.",
        "2026-03",
        "month",
    ),
    # "the same day" only takes a day, not a year alone
    (
        "en",
        "2026-08-26",
        "The war went on into 2026. Ukraine's ombudsman said the same day that Kyiv was "
        "holding six North Korean prisoners of war.",
        "2026-08-26",
        "day",
    ),
    # "le même jour", "at a time when": the date just written
    (
        "fr",
        "2024-12-28",
        "Le 23 décembre, Zelensky avait avancé un bilan. Le même jour, le JCS jugeait que les "
        "pertes nord-coréennes avoisinaient 1 100 hommes.",
        "2024-12-23",
        "day",
    ),
    (
        "en",
        "2025-05-02",
        "In early January, President Zelensky spoke of heavy losses, at a time when the NIS put "
        "the dead at about 300.",
        "2025-01",
        "month",
    ),
    # "ce jour-là", "that day": the date just written
    (
        "fr",
        "2026-01-22",
        "Tout commence le 18 octobre 2024. Ce jour-là, le NIS affirme qu'un premier groupe de "
        "1 500 hommes a débarqué à Vladivostok.",
        "2024-10-18",
        "day",
    ),
    (
        "en",
        "2026-01-22",
        "It began on October 18, 2024. That day, the NIS said 1,500 soldiers had landed in "
        "Vladivostok.",
        "2024-10-18",
        "day",
    ),
]
DATE_ROWS += [
    # a part of a year glued to it ("mid-2025", "à la mi-2025") is that year
    (
        "en",
        "2026-03-01",
        "In mid-2025, UK intelligence said 6,000 North Korean soldiers had been killed or wounded.",
        "2025",
        "year",
    ),
    (
        "fr",
        "2026-03-01",
        "À la mi-2025, Londres estimait à 6 000 le nombre de Nord-Coréens tués ou blessés.",
        "2025",
        "year",
    ),
    # years counted back from the published date or from the date last written, an article
    # counting one ("un an", "a year")
    (
        "fr",
        "2025-10-31",
        "Il y a un an, Antony Blinken affirmait que 8 000 soldats nord-coréens étaient à Koursk.",
        "2024-10-31",
        "day",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Tuesday the NIS said 12,000 North Korean soldiers were in Russia. A year "
            "earlier, the agency had put the number at 10,000.",
        ),
        (
            "fr",
            "Mardi, le NIS a présenté une estimation de 12 000 soldats nord-coréens. L'agence "
            "avançait un an plus tôt le chiffre de 10 000 soldats stationnés en Russie.",
        ),
    ],
    ids=["a year earlier", "un an plus tôt"],
)
def test_a_year_earlier_counts_back_from_the_date_last_written(lang, text):
    found = claims(text, lang, "2026-11-20")
    assert [(c.value_best, c.claim_date) for c in found] == [
        (12000, "2026-11-17"),
        (10000, "2025-11-17"),
    ]


DATE_ROWS += [
    (  # "an estimated" is no statement verb: "said", after the date, is the cue
        "en",
        "2025-09-05",
        "In March 2025, South Korea's Joint Chiefs of Staff said an estimated 3,000 additional "
        "troops had been sent to replace losses.",
        "2025-03",
        "month",
    ),
    (  # « avait revendiqué » states the figure
        "fr",
        "2022-06-18",
        "Début mars, le ministre ukrainien des Affaires étrangères, Dmytro Kouleba, avait "
        "revendiqué quelque 20 000 volontaires étrangers.",
        "2022-03",
        "month",
    ),
    (  # « à l'époque » is the past, not « Un an plus tard » (the day of publication)
        "fr",
        "2026-01-09",
        "Ils ont été capturés le 9 janvier 2025. Un an plus tard, ils sont toujours détenus. "
        "Kiev estimait à l'époque à quelque 4 000 le nombre de Nord-Coréens tués ou blessés.",
        "2025-01-09",
        "day",
    ),
    (  # « qui faisait alors état de »: an adverb inside the cue, and the date given before
        "fr",
        "2025-07-09",
        "Ils reprennent les chiffres présentés le 30 avril par le Service national du "
        "renseignement sud-coréen (NIS), qui faisait alors état de quelque 4 700 soldats tués ou "
        "blessés.",
        "2025-04-30",
        "day",
    ),
    (  # « s'en tenait, le 13 janvier, à »: a date between commas inside the cue
        "fr",
        "2025-02-06",
        "Selon les médias, le Service national du renseignement sud-coréen (NIS) s'en tenait, le "
        "13 janvier, à environ 3 000 pertes.",
        "2025-01-13",
        "day",
    ),
    (  # "had raised that to": the statement dated by the date before it
        "en",
        "2025-05-02",
        "By mid-January the National Intelligence Service had raised that to around 300 dead.",
        "2025-01",
        "month",
    ),
    (  # a timeline's paragraph carries its year further back than two years
        "fr",
        "2026-10-30",
        "Repères. Le 18 octobre 2024, le NIS affirme qu'un premier groupe a gagné la Russie. Le "
        "23 décembre, Volodymyr Zelensky évoque plus de 3 000 Nord-Coréens tués ou blessés.",
        "2024-12-23",
        "day",
    ),
    (  # ... but not into the next paragraph
        "en",
        "2026-11-06",
        "Seoul first spoke of a first group in October 2024.\n\nThe NIS's latest figure, given "
        "to lawmakers in September, is that about 2,600 North Korean soldiers have been killed.",
        "2026-09",
        "month",
    ),
    (  # « a informé la veille les députés que »
        "fr",
        "2025-09-05",
        "Le service de renseignement sud-coréen (NIS) a informé la veille les membres de la "
        "commission du renseignement que quelque 2 000 soldats nord-coréens auraient été tués.",
        "2025-09-04",
        "day",
    ),
    (  # a date between commas after the auxiliary dates the statement
        "fr",
        "2025-05-07",
        "Le service sud-coréen du renseignement avait, mercredi dernier, chiffré à quelque 600 "
        "le nombre de soldats nord-coréens tués.",
        "2025-04-30",
        "day",
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "text", "date", "precision"),
    DATE_ROWS,
    ids=[r[2][:70] for r in DATE_ROWS],
)
def test_claim_date(lang, published, text, date, precision):
    found = claims(text, lang, published)
    assert found
    assert {(c.claim_date, c.claim_date_precision) for c in found} == {(date, precision)}


def test_a_reporting_verb_followed_by_its_own_figure_dates_only_that_one():
    text = (
        "Ils rejoindront les 15 000 soldats déjà envoyés, selon le NIS, qui évaluait en avril "
        "à 600 le nombre de morts."
    )
    found = claims(text, "fr", published="2025-08-15")
    assert [(c.value_best, c.claim_date) for c in found] == [
        (15000, "2025-08-15"),
        (600, "2025-04"),
    ]


def test_a_statement_dated_in_a_sentence_without_figures_dates_the_figures_that_follow():
    text = (
        "The figure Seoul's intelligence officials put before lawmakers on Monday was new in "
        "scale. South Korea's National Intelligence Service now estimates that about 2,000 "
        "North Korean soldiers have been killed."
    )
    assert [(c.claimant_country, c.claim_date) for c in claims(text, "en")] == [
        ("KR", "2025-04-28")
    ]


def test_an_undated_statement_continues_the_sources_latest_one():
    text = (
        "Around 2,000 soldiers have been killed, the NIS said on Tuesday. In April, the NIS "
        "had put the dead at 600. The NIS also said that 6,000 more troops would be sent."
    )
    found = {c.value_best or c.value_low: c.claim_date for c in claims(text, "en", "2025-09-03")}
    assert found == {2000: "2025-09-02", 600: "2025-04", 6000: "2025-09-02"}


def test_at_the_same_period_points_back_to_the_date_last_mentioned():
    found = claims(
        "Le NIS a déclaré fin avril que 15 000 soldats avaient été envoyés. Le Pentagone "
        "évoquait à la même période quelque 600 morts.",
        "fr",
        "2025-07-03",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [(15000, "2025-04"), (600, "2025-04")]


def test_at_that_time_points_back_to_the_date_last_mentioned():
    text = (
        "En mars, l'armée sud-coréenne a déclaré qu'environ 4 000 soldats avaient été tués ou "
        "blessés. L'armée sud-coréenne a également estimé à l'époque que Pyongyang avait envoyé "
        "environ 3 000 soldats supplémentaires."
    )
    dates = {c.value_best: c.claim_date for c in claims(text, "fr", "2025-04-28")}
    assert dates == {4000: "2025-03", 3000: "2025-03"}


def test_a_source_keeps_the_date_it_spoke_at():
    text = (
        "Le chef du GUR, Kyrylo Boudanov, a sonné l'alarme jeudi. Dans un entretien, il a assuré "
        "que près de 11 000 fantassins nord-coréens étaient en Russie."
    )
    (claim,) = claims(text, "fr", "2024-10-18")
    assert (claim.claimant_country, claim.claim_date) == ("UA", "2024-10-17")


def test_missing_published_date_is_inferred_from_the_text_and_flagged():
    text = (
        "L'annonce de l'agence KCNA, ce lundi 28 avril, confirme l'accord signé en juin 2024. "
        "Selon Séoul, environ 11 000 soldats ont été déployés."
    )
    (claim,) = claims(text, "fr", published="")
    assert (claim.published, claim.published_inferred) == ("2025-04-28", True)
    assert claim.claim_date == "2025-04-28"


def test_published_date_given_is_not_flagged_inferred():
    (claim,) = claims("Selon Séoul, environ 11 000 soldats ont été déployés.", "fr")
    assert claim.published_inferred is False


# --- evidence and invariants --------------------------------------------------------------

EVIDENCE = (
    "Pour la première fois, Séoul met des chiffres sur les pertes.\n\n"
    "Selon lui, les informations transmises font état d'au moins une centaine de morts et de "
    "près d'un millier de blessés. D'après des responsables américains et sud-coréens, plus de "
    "10\u202f000 soldats nord-coréens ont été dépêchés."
)


def test_quote_is_the_exact_span_of_the_body():
    found = claims(EVIDENCE, "fr", "2024-12-19")
    assert len(found) == 3
    for claim in found:
        assert claim.quote == EVIDENCE[claim.span_start : claim.span_end]
        assert claim.quote in claim.sentence
        assert claim.sentence in EVIDENCE
        assert claim.claim_id == f"t:{claim.span_start}"
        assert claim.rule.count("|") == 3


def test_one_row_per_claim_per_article():
    text = (
        "Selon le NIS, environ 10 000 soldats seront déployés. Le NIS estime qu'environ "
        "10 000 soldats seront déployés d'ici décembre."
    )
    assert len(claims(text, "fr")) == 1


def test_values_and_enums_are_valid_on_the_corpus(corpus_claims):
    for claim in corpus_claims:
        values = [v for v in (claim.value_low, claim.value_best, claim.value_high) if v is not None]
        assert values == sorted(values)
        assert claim.metric in METRICS
        assert claim.qualifier in QUALIFIERS
        assert claim.claim_date_precision in PRECISIONS


@pytest.fixture(scope="module")
def corpus_claims():
    from pathlib import Path

    from extract.corpus import read_article
    from extract.pipeline import extract_article

    folder = Path(__file__).resolve().parent.parent / "data" / "articles"
    found = []
    for path in sorted(folder.glob("*.txt")):
        found += extract_article(read_article(path))
    return found


def test_a_date_standing_alone_dates_the_entries_of_its_section():
    # a live blog: each day's heading dates the entries under it, until the next heading
    body = (
        "MARDI 5 NOVEMBRE\n\n"
        "18h40 : Selon le GUR, quelque 7 000 soldats nord-coréens ont été acheminés.\n\n"
        "LUNDI 4 NOVEMBRE\n\n"
        "22h50 : Volodymyr Zelensky affirme que 11 000 soldats nord-coréens sont à Koursk.\n\n"
        "19h30 : Le Pentagone estime qu'environ 10 000 militaires nord-coréens ont été envoyés."
    )
    found = [(c.value_best, c.claim_date) for c in claims(body, "fr", "2024-11-05")]
    assert found == [(7000, "2024-11-05"), (11000, "2024-11-04"), (10000, "2024-11-04")]
    # a date opening a bulleted entry dates that entry only
    body = (
        "The estimates at a glance\n\n"
        "• Oct 18, 2024 — NIS: a first contingent of 1,500 special forces already in Russia\n\n"
        "Our own estimate is that about 12,000 North Korean soldiers are now in Russia."
    )
    found = [(c.value_best, c.claim_date) for c in claims(body, "en", "2025-04-21")]
    assert found == [(1500, "2024-10-18"), (12000, "2025-04-21")]
    # a timeline running its entries in one paragraph: each opens its sentence
    body = (
        "LA CHRONOLOGIE\n\nOctobre 2024 : Séoul révèle l'envoi de 1 500 membres des forces "
        "spéciales. Décembre 2024 : les effectifs nord-coréens en Russie atteignent onze mille "
        "hommes, selon Séoul. Janvier 2025 : le NIS compte 300 morts."
    )
    found = [(c.value_best, c.claim_date) for c in claims(body, "fr", "2025-09-05")]
    assert found == [(1500, "2024-10"), (11000, "2024-12"), (300, "2025-01")]


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (
            "en",
            "Under the Pretoria agreement, some 3,000 Eritrean soldiers were to leave Tigray.",
            "",
        ),
        ("fr", "Selon l'accord de Pretoria, quelque 3 000 soldats érythréens devaient partir.", ""),
        ("en", "Pretoria said on Monday that 3,000 soldiers had died.", "ZA"),  # guard
    ],
)
def test_a_capital_naming_an_event_does_not_speak(lang, text, country):
    (claim,) = claims(text, lang)
    assert claim.claimant_country == country


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # foreign troops are of no one country, nor is a part of them
            "en",
            "The Russian defence ministry said 13,712 foreign mercenaries had arrived in "
            "Ukraine and that 6,108 of them had been eliminated, including 500 Americans.",
            [(13712, ""), (6108, ""), (500, "US")],
        ),
        (
            "fr",
            "Selon Moscou, 7 400 « mercenaires » étrangers ont été tués en Ukraine, dont "
            "1 070 Colombiens. Plus de 140 Casques bleus ont été tués au Mali.",
            [(7400, ""), (1070, "CO"), (140, "")],
        ),
        (  # guard: the article's troops when nothing says otherwise
            "fr",
            "Selon Bogota, 300 combattants colombiens ont été tués en Ukraine.",
            [(300, "CO")],
        ),
    ],
)
def test_troops_of_no_one_country_have_no_subject(lang, text, expected):
    assert [(c.value_best, c.subject) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # placed by its apposition; later "the Observatory" stands for it
            "en",
            "The Syrian Observatory for Human Rights, a UK-based monitor, said 8,950 Syrian "
            "fighters had reached Libya. The Observatory put the number killed at 298.",
            [(8950, "GB"), (298, "GB")],
        ),
        (  # placed by the words before it
            "en",
            "The Britain-based Syrian Observatory for Human Rights, which relies on sources "
            "inside Syria, counts sources there. At least 28 fighters were killed, the "
            "Observatory said.",
            [(28, "GB")],
        ),
        (  # its acronym stands for it; a capital named as a place in its apposition
            "fr",
            "Selon le Projet sahélien de suivi des conflits (PSSC), un réseau de chercheurs "
            "basé à Dakar, 1 200 combattants ont été tués. Le PSSC recense 300 blessés.",
            [(1200, "SN"), (300, "SN")],
        ),
        (  # a French name without its acronym, up to its apposition
            "fr",
            "L'Observatoire syrien des droits de l'homme, basé au Royaume-Uni, avance un "
            "bilan de plus de 1 700 morts.",
            [(1700, "GB")],
        ),
        (  # described at a later mention, by its acronym: placed from its first one
            "fr",
            "Selon le dernier décompte de l'Observatoire syrien des droits de l'homme (OSDH), "
            "11 600 Syriens ont été envoyés en Libye. L'OSDH, basé au Royaume-Uni, recense "
            "417 tués.",
            [(11600, "GB"), (417, "GB")],
        ),
        (  # guard: a body its text does not place is no claimant of its own
            "en",
            "The Horn Observatory said 300 soldiers were killed.",
            [(300, "")],
        ),
        (  # a country's own body, named with its possessive
            "en",
            "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said on "
            "Wednesday that it still held two North Korean prisoners of war.",
            [(2, "UA")],
        ),
        (
            "en",
            "In March, the head of Iran's Foundation of Martyrs said that 2,100 Iranians had "
            "been killed.",
            [(2100, "IR")],
        ),
        (  # guard: a possessive naming no country places nothing
            "en",
            "Kursk's Regional Foundation said 300 soldiers were killed.",
            [(300, "")],
        ),
    ],
)
def test_a_body_its_description_places_is_a_claimant_of_that_country(lang, text, expected):
    assert [(c.value_best, c.claimant_country) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Environ 2 400 militaires français sont déployés au Mali, selon l'état-major "
            "des armées.",
        ),
        ("fr", "La ministre des Armées a annoncé l'envoi de 600 militaires supplémentaires."),
        ("en", "Thirteen French soldiers were killed in Mali, the Élysée Palace said on Tuesday."),
        ("en", "About 600 soldiers serve in Takuba, according to the armed forces ministry."),
    ],
)
def test_french_state_bodies_named_without_their_country_are_french(lang, text):
    (claim,) = claims(text, lang)
    assert claim.claimant_country == "FR"


def test_britain_s_armed_forces_minister_is_not_french():
    text = (
        "Britain's armed forces minister told MPs on Tuesday that about 11,000 North Korean "
        "soldiers were in Russia."
    )
    (claim,) = claims(text, "en")
    assert claim.claimant_country == "GB"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Kyiv said roughly 20,000 volunteers from 52 countries had joined the legion.",
            [("deployed", 20000)],
        ),
        ("fr", "Kiev a revendiqué quelque 20 000 volontaires étrangers.", [("deployed", 20000)]),
        # a rate is not a count: « chaque mois » before the figure
        ("fr", "Les primes attirent chaque mois quelque 30 000 volontaires.", []),
    ],
)
def test_volunteers_are_troops_and_a_monthly_intake_is_a_rate(lang, text, expected):
    assert [(c.metric, c.value_best) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an army's "neutralised" is killed, wounded or captured: casualties
        (
            "fr",
            "Une vingtaine de jihadistes avaient été neutralisés, selon l'armée.",
            [("casualties", 20)],
        ),
        ("en", 'The army said it had "neutralised" 203 fighters.', [("casualties", 203)]),
        ("fr", "L'attaque a coûté la vie à neuf militaires français.", [("killed", 9)]),
        ("en", "The ambush cost the lives of nine French soldiers.", [("killed", 9)]),
        ("en", "Two Egyptian peacekeepers were killed on Sunday.", [("killed", 2)]),
        ("en", "At least 100 villagers were killed in the attack.", []),
        # a base's number counts nobody
        ("fr", "Les aviateurs de la base aérienne 709 de Cognac étaient déployés à Niamey.", []),
    ],
)
def test_losses_named_by_an_army_s_words(lang, text, expected):
    assert [(c.metric, c.value_best) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Selon l'ONU, une trentaine de Casques bleus ont été tués.", ("United Nations", "")),
        (
            "en",
            "Around 180 peacekeepers were killed, according to the United Nations.",
            ("United Nations", ""),
        ),
        (  # its sanctions and its council do not speak
            "en",
            "Kyiv says 12,000 soldiers were sent in breach of United Nations sanctions.",
            ("Ukrainian government", "UA"),
        ),
    ],
)
def test_the_united_nations_speak_with_no_country(lang, text, expected):
    (claim,) = claims(text, lang)
    assert (claim.claimant, claim.claimant_country) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # "its": the subject of the sentence before, not the last country it named
            "en",
            "Russia, which describes the Colombians as mercenaries, has its own numbers. Its "
            "defence ministry said in March that 1,380 Colombians had come to fight.",
            [(1380, "Russian military", "RU")],
        ),
        (
            "fr",
            "L'Ukraine publie peu de chiffres. Son état-major affirme que 300 soldats russes ont "
            "été tués.",
            [(300, "Ukrainian military", "UA")],
        ),
        (  # "he": the person just named, not the last speaker
            "en",
            "Its defence ministry claims large Ukrainian losses. The latest Ukrainian figure "
            "came from Volodymyr Zelensky in February, when he said 55,000 soldiers had died.",
            [(55000, "Ukrainian president", "UA")],
        ),
        (  # "it": the body just named, not the last speaker
            "en",
            "Ukraine's military intelligence says 8,000 remain. The NIS last gave a figure in "
            "March, when it estimated about 6,000 North Korean soldiers killed or wounded.",
            [
                (8000, "Ukrainian intelligence", "UA"),
                (6000, "South Korean intelligence (NIS)", "KR"),
            ],
        ),
        (  # "it" after the figure closes its content: the speaker before, not a name in it
            "en",
            "Ukraine's General Staff gave new figures. The Russian army had lost 62,400 "
            "personnel in the Kursk sector, it said.",
            [(62400, "Ukrainian military", "UA")],
        ),
    ],
)
def test_a_possessive_or_a_pronoun_names_the_source_it_stands_for(lang, text, expected):
    assert [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The stadium, which holds about 50,000 spectators, hosted the race."),
        ("en", "The country is expected to send about 200 athletes to the Asian Games."),
        ("en", "One agency, which sent 230 clients this year, expects more."),
        ("fr", "Le pays devrait envoyer environ 200 athlètes aux Jeux asiatiques."),
        ("en", "South Korea's armed forces have shrunk to about 450,000 troops."),
    ],
)
def test_people_who_are_not_troops_and_an_army_s_size_are_no_claims(lang, text):
    assert claims(text, lang) == []


def test_a_sending_verb_describing_troops_counts_nothing():
    text = (
        "Casualties among the dispatched forces are estimated to exceed 5,000. "
        "About 11,000 deployed troops remain."
    )
    found = [(c.metric, c.value_best, c.qualifier) for c in claims(text, "en")]
    assert found == [("casualties", 5000, "at_least"), ("deployed", 11000, "approx")]


def test_an_opposition_party_is_no_rebel_army():
    text = (
        "South Korea's opposition lawmakers said 300 North Korean soldiers were killed. "
        "The Syrian opposition said 200 fighters were killed."
    )
    found = [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, "en")]
    assert found == [(300, "South Korean lawmakers", "KR"), (200, "Syrian rebels", "SY")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # an outlet alone speaks from the country it is based in
            "en",
            "The New York Times reported on Friday that as many as 14,000 Sudanese fighters "
            "had been in Yemen.",
            [(14000, "The New York Times", "US")],
        ),
        (
            "fr",
            "Plus d'une centaine de militaires émiratis ont été tués, selon un décompte de l'AFP.",
            [(100, "AFP", "FR")],
        ),
        (  # the clause a colon ends names only an outlet: its count
            "fr",
            "Le site The Kyiv Independent publie son propre décompte : au moins 7 000 "
            "Nord-Coréens tués ou blessés.",
            [(7000, "Kyiv Independent", "UA")],
        ),
        (  # an outlet reporting what officials believe: the officials'
            "en",
            "The BBC reported that Western officials believed about 1,000 North Korean soldiers "
            "had been killed.",
            [(1000, "Western officials", "")],
        ),
        (  # cited by an outlet, "they" put the figure: the officials of the sentence before
            "fr",
            "Des responsables occidentaux vont plus loin. Cités mercredi par la BBC, ils "
            "avancent le chiffre d'un millier de morts.",
            [(1000, "Western officials", "")],
        ),
    ],
)
def test_an_outlet_speaks_from_its_country_unless_it_reports_another_speaker(lang, text, expected):
    assert [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Saudi-led coalition said its strikes had killed more than 160 Houthi fighters. "
            "A coalition officer said 20 soldiers had died.",
            [(160, "Saudi-led coalition", "SA"), (20, "Saudi-led coalition", "SA")],
        ),
        (  # the leader after the noun; later the noun alone, and an unnamed source of it
            "fr",
            "La coalition menée par l'Arabie saoudite a affirmé avoir tué une soixantaine de "
            "rebelles houthis. Une source de la coalition a précisé que 450 hommes étaient "
            "arrivés.",
            [(60, "Saudi-led coalition", "SA"), (450, "Saudi-led coalition", "SA")],
        ),
        (
            "en",
            "A coalition led by the United States said 300 militants were killed.",
            [(300, "US-led coalition", "US")],
        ),
    ],
)
def test_a_coalition_speaks_for_the_country_leading_it(lang, text, expected):
    assert [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, lang)] == expected


def test_an_outlet_reports_its_own_findings_rather_than_another_country_s_source():
    text = (
        "The Saudi-led coalition said 160 Houthi fighters were killed. The report, published "
        "on Friday by The New York Times, said as many as 14,000 Sudanese fighters had served."
    )
    found = [(c.value_best, c.claimant_country) for c in claims(text, "en")]
    assert found == [(160, "SA"), (14000, "US")]


def test_its_own_people_speak_for_the_last_source_not_an_outlet_named_before_them():
    text = (
        "La division Fatemiyoun a livré un bilan. Dans un entretien publié samedi par un "
        "quotidien iranien, l'un de ses responsables a affirmé que 2 000 combattants afghans "
        "avaient été tués."
    )
    found = [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, "fr")]
    assert found == [(2000, "Fatemiyoun Division", "AF")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The ministry confirmed the deaths of 49 Nepali citizens who were recruited into the "
            "Russian army, officials told the committee.",
            [(49, "unnamed sources", "")],
        ),
        (
            "fr",
            "Quelque 400 Népalais seraient toujours sous contrat avec l'armée russe, un chiffre "
            "que beaucoup jugent très en deçà de la réalité.",
            [(400, "", "")],
        ),
    ],
)
def test_an_army_a_preposition_governs_does_not_speak(lang, text, expected):
    assert [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # troops listed before one predicate all count what it says
            "en",
            "Kyiv says 1,500 North Koreans and 2,000 Russians were killed.",
            [("killed", 1500, "KP"), ("killed", 2000, "RU")],
        ),
        (
            "en",
            "Kyiv says 3,500 Nepalis, 2,000 Indians and 900 Cubans had signed contracts with the "
            "Russian army.",
            [("deployed", 3500, "NP"), ("deployed", 2000, "IN"), ("deployed", 900, "CU")],
        ),
        (  # a figure with its own predicate keeps it
            "en",
            "Kyiv says 11,000 North Korean soldiers were sent and 2,000 Russians were killed.",
            [("deployed", 11000, "KP"), ("killed", 2000, "RU")],
        ),
        (  # foreigners fighting in an army's ranks are deployed there
            "fr",
            "Le président ukrainien a assuré que 155 ressortissants chinois combattaient dans "
            "les rangs russes.",
            [("deployed", 155, "CN")],
        ),
        (
            "en",
            "More than 20,000 foreigners have fought in Russia's army, Kyiv said.",
            [("deployed", 20000, "")],
        ),
        (  # killed while fighting for an army: killed, not deployed
            "en",
            "About 2,000 North Korean soldiers have been killed fighting for Russia, Seoul said.",
            [("killed", 2000, "KP")],
        ),
        (  # an age
            "en",
            "The North Korean troops, some reportedly as young as 19, are fighting in Kursk.",
            [],
        ),
    ],
)
def test_troops_listed_before_one_predicate_and_foreigners_fighting_in_an_army(
    lang, text, expected
):
    found = [(c.metric, c.value_best, c.subject) for c in claims(text, lang)]
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # the same institution, named with its country earlier in the article
            "en",
            "Ukraine's General Staff said 1,200 Russian soldiers were killed on Monday. "
            "Analysts doubt it. Moscow disputes all of this. The correct figure, according to "
            "the General Staff, is 1,170 casualties.",
            [(1200, "UA"), (1170, "UA")],
        ),
        (  # a country named as a place the sentence opens with, whatever came before
            "fr",
            "Moscou ne publie rien.\n\nAu Kenya, le ministère des Affaires étrangères a indiqué "
            "lundi avoir recensé environ 250 Kényans enrôlés dans l'armée russe.",
            [(250, "KE")],
        ),
        (  # a place ending the clause before is not where the institution is; the citizens
            # it counts are (see test_a_bare_institution_is_the_one_country_its_sentence_names)
            "en",
            "At least 10 Nepali citizens have been killed in the fighting in Ukraine, the "
            "foreign ministry said on Thursday.",
            [(10, "NP")],
        ),
        (
            "en",
            "At least 10 citizens have been killed in the fighting in Ukraine, the foreign "
            "ministry said on Thursday.",
            [(10, "")],
        ),
    ],
)
def test_an_institution_named_without_its_country_is_placed_by_the_article(lang, text, expected):
    assert [(c.value_best, c.claimant_country) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le commandant en chef ukrainien, Oleksandr Syrsky, a affirmé mercredi que Moscou "
            "avait massé quelque 50 000 soldats.",
            ("Ukrainian military", "UA"),
        ),
        (
            "fr",
            "Selon le chef de l'État ukrainien, 180 000 soldats russes ont été tués.",
            ("Ukrainian government", "UA"),
        ),
        (
            "fr",
            "Le secrétaire indien aux Affaires étrangères a précisé mardi qu'entre 35 et 50 "
            "Indiens avaient été recrutés.",
            ("Indian government", "IN"),
        ),
        (
            "en",
            "India's foreign secretary said 91 Indians had been recruited into Russian units.",
            ("Indian government", "IN"),
        ),
        (  # a country's representative (at the UN) speaks for its government
            "en",
            "Japan's representative said Tokyo had information that 3,000 more North Korean "
            "soldiers could follow.",
            ("Japanese government", "JP"),
        ),
        (
            "fr",
            "Le représentant japonais a affirmé que 3 000 soldats nord-coréens supplémentaires "
            "pourraient suivre.",
            ("Japanese government", "JP"),
        ),
        (
            "en",  # the head of a republic of Russia
            "Chechen leader Ramzan Kadyrov said more than 43,000 fighters from his republic had "
            "been sent to Ukraine.",
            ("Chechen leader", "RU"),
        ),
    ],
)
def test_a_commander_a_head_of_state_or_a_secretary_of_a_country_speaks_for_it(
    lang, text, expected
):
    (claim,) = claims(text, lang)
    assert (claim.claimant, claim.claimant_country) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Les Forces de défense du Tigré (TDF) ont démenti. Le porte-parole des TDF a ajouté "
            "que 700 soldats fédéraux s'étaient rendus.",
            [(700, "Tigray People's Liberation Front", "ET")],
        ),
        (
            "en",
            "The Rapid Support Forces (RSF) denied it. In October, an RSF spokesman said about "
            "2,000 fighters were still deployed along the border.",
            [(2000, "Rapid Support Forces", "SD")],
        ),
    ],
)
def test_an_acronym_given_in_brackets_stands_for_its_source_later(lang, text, expected):
    assert [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "PORT SUDAN, Oct 29 (Wire) - Sudan's Rapid Support Forces tightened their grip on the "
            "city. In a statement on Monday, the RSF said it had killed more than 2,000 soldiers.",
            [(2000, "Rapid Support Forces", "SD")],
        ),
        (
            "fr",
            "Les Forces de soutien rapide ont pris la ville. Dimanche, les FSR ont affirmé avoir "
            "capturé une vingtaine de combattants libyens.",
            [(20, "Rapid Support Forces", "SD")],
        ),
    ],
)
def test_the_initials_of_a_source_named_in_full_stand_for_it_later(lang, text, expected):
    assert [(c.value_best, c.claimant, c.claimant_country) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United Arab Emirates said 45 soldiers had been killed. The UAE has several "
            "thousand troops in Yemen, according to Gulf military sources.",
            ("AE", "Gulf military", ""),
        ),
        (
            "Riyadh said 10 soldiers were killed. About 8,000 Sudanese troops are in Yemen, "
            "according to Arab diplomats.",
            ("SA", "Arab officials", ""),
        ),
    ],
)
def test_sources_of_a_region_speak_for_no_country_and_are_named_by_it(text, expected):
    first, regional = claims(text, "en")
    assert (first.claimant_country, regional.claimant, regional.claimant_country) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Mediazona and the BBC count 500 dead Russian soldiers from the region.",
            ("Mediazona and BBC", "RU;GB"),
        ),
        (
            "en",
            "The project run by Mediazona and the BBC's Russian service had identified 720 men "
            "from Chechnya killed in the war.",
            ("Mediazona and BBC", "RU;GB"),
        ),
        (
            "fr",
            "Selon le décompte tenu par le média indépendant Mediazona et le service russe de la "
            "BBC, 233 morts originaires de Tchétchénie ont été identifiés.",
            ("Mediazona and BBC", "RU;GB"),
        ),
        (  # the second source named more than 60 characters after "selon"
            "fr",
            "Selon le décompte nominatif tenu par le média indépendant Mediazona et le service "
            "russe de la BBC, au 7 juillet, 233 morts originaires de Tchétchénie avaient été "
            "identifiés.",
            ("Mediazona and BBC", "RU;GB"),
        ),
    ],
)
def test_sources_joined_with_an_article_count_together(lang, text, expected):
    (claim,) = claims(text, lang)
    assert (claim.claimant, claim.claimant_country) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a president named without his country, in a dispatch from its capital (a
            # name the leaders file does not hold)
            "en",
            "WASHINGTON — President Calloway said on Tuesday night that he would send 30,000 "
            "additional American troops to Afghanistan.",
            ("US government", "US"),
        ),
        (  # one it holds speaks for his own country, whatever the dateline
            "en",
            "WASHINGTON — President Obama said on Tuesday night that he would send 30,000 "
            "additional American troops to Afghanistan.",
            ("US head of state", "US"),
        ),
        (  # any capital of the world file dates a dispatch; a capital named as a place
            # before ("east of Kabul") is no institution of another country
            "fr",
            "PARIS, 19 août 2008 (Agence) - Dix soldats français ont été tués dans une embuscade "
            "à l'est de Kaboul, a annoncé mardi la présidence de la République.",
            ("French government", "FR"),
        ),
        (  # a dateline naming its country in brackets; "the government" alone
            "fr",
            "USHUAIA (Argentine), 2 avril 2022 (Agence) - L'Argentine a rendu hommage aux "
            "vétérans.\n\nLa veille, le gouvernement avait rappelé dans un communiqué que 649 "
            "Argentins avaient perdu la vie dans le conflit.",
            ("Argentine government", "AR"),
        ),
    ],
)
def test_a_head_of_state_named_without_a_country_is_the_datelines(lang, text, expected):
    (claim,) = claims(text, lang, "2009-12-02")
    assert (claim.claimant, claim.claimant_country) == expected


def test_a_date_of_the_content_a_later_selon_attributes_dates_no_statement():
    first, second = claims(
        "KIEV, 3 octobre 2025 - L'Ukraine et la Russie ont procédé jeudi à un échange de "
        "prisonniers, selon le ministère ukrainien de la Défense.\n\nParmi les libérés figurent "
        "des défenseurs de Marioupol capturés au printemps 2022, selon l'état-major chargé des "
        "prisonniers. Cet état-major affirme que plus de 5 800 militaires ukrainiens ont été "
        "libérés de captivité depuis le début de l'invasion, et que la Russie a perdu 940 "
        "soldats.",
        "fr",
        "2025-10-03",
    )
    assert (first.claimant_country, first.claim_date) == ("UA", "2025-10-03")
    assert second.claim_date == "2025-10-03"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Argentina, which still claims the islands it calls the Malvinas, counts 649 dead of "
            "its own.",
            "AR",
        ),
        (
            "fr",
            "L'Argentine, qui revendique toujours l'archipel, affirme que 649 soldats sont morts.",
            "AR",
        ),
        (  # a country a preposition governs is no subject
            "en",
            "The Panel of Experts on Sudan, which monitors the arms embargo, said that at least "
            "380 Colombian nationals had served with the paramilitaries.",
            "",
        ),
    ],
)
def test_a_country_speaks_after_a_relative_clause_about_it(lang, text, expected):
    (claim,) = claims(text, lang)
    assert claim.claimant_country == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Moscow said 500 soldiers were there. In March, Western governments estimated the "
            "force at 3,000 to 5,000.",
        ),
        (
            "fr",
            "Moscou affirme que 500 soldats sont sur place. En mars, les gouvernements occidentaux "
            "estimaient qu'entre 3 000 et 5 000 militaires russes avaient été déployés.",
        ),
    ],
)
def test_governments_of_a_region_speak_for_no_country(lang, text):
    first, western = claims(text, lang)
    assert (first.claimant_country, western.claimant, western.claimant_country) == (
        "RU",
        "Western government",
        "",
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Kyiv says hundreds of North Koreans have surrendered to Ukrainian forces.",
            ("captured", 200, 999),
        ),
        (
            "en",
            "Some 9,800 Argentine soldiers laid down their arms in and around Stanley.",
            ("captured", 9800, None),
        ),
        (
            "fr",
            "Quelque 1 200 militaires se seraient rendus dans le sud de la capitale.",
            ("captured", 1200, None),
        ),
    ],
)
def test_soldiers_who_surrendered_are_captured(lang, text, expected):
    (claim,) = claims(text, lang)
    assert (claim.metric, claim.value_best or claim.value_low, claim.value_high) == expected


def test_going_somewhere_is_no_surrender():
    (claim,) = claims(
        "Trois députés se sont rendus à Séoul en mars ; 2 000 soldats ont été tués, selon eux.",
        "fr",
    )
    assert claim.value_best == 2000


def test_the_years_an_article_keeps_writing_are_its_subject_not_history():
    text = (
        "The war of 1982 lasted 74 days. Veterans of 1982 met in Stanley. Some 9,800 Argentine "
        "soldiers were captured on June 14, 1982."
    )
    (claim,) = claims(text, "en", "2022-06-14")
    assert (claim.metric, claim.value_best) == ("captured", 9800)
    # a year written once, long before, is another war's history
    assert (
        claims("Some 9,800 Argentine soldiers were captured on June 14, 1982.", "en", "2022-06-14")
        == []
    )


def test_the_years_of_a_war_written_once_or_twice_each_are_its_subject_together():
    # a retrospective of an eight-year war: no year written three times, five years in a run
    text = (
        "The war began in 1980. The 1982 offensives stalled; by 1982 Iran had the initiative. "
        "In 1986 Iraq lost Fao. In 1988 about 70,000 Iraqi soldiers were prisoners in Iran."
    )
    (claim,) = claims(text, "en", "2020-09-22")
    assert (claim.metric, claim.value_best) == ("captured", 70000)
    # the same figure in a piece that names no other year of its war is history
    assert claims(text.split(". ")[-1], "en", "2020-09-22") == []


def test_a_retrospective_dates_a_day_without_a_year_in_the_year_it_is_about():
    text = (
        "The 1987 offensive was the bloodiest of the war. By the end of 1987 it had failed. "
        "In January 1987, Iran attacked Basra. On 20 January, Tehran said it had captured "
        "2,500 Iraqi soldiers."
    )
    (claim,) = claims(text, "en", "2017-01-14")
    assert (claim.value_best, claim.claim_date) == (2500, "1987-01-20")


def test_a_year_dating_a_source_statement_is_no_history():
    # "In 2001 the Eritrean government said that": a claim made long ago, dated then
    (claim,) = claims(
        "In 2001 the Eritrean government said that 19,000 Eritrean soldiers had died.",
        "en",
        "2020-06-18",
    )
    assert (claim.claimant_country, claim.claim_date, claim.value_best) == ("ER", "2001", 19000)
    # a year in the figure's own clause, with no source, is history still
    assert claims("Some 19,000 Eritrean soldiers had died in 2001.", "en", "2020-06-18") == []


def test_a_period_long_past_inside_a_source_statement_is_no_history():
    # the years after the figure are the period it counts, in what the source states now
    (claim,) = claims(
        "Vietnam's government said on Monday that 1.1 million soldiers were killed in the "
        "fighting between 1954 and 1975.",
        "en",
        "1995-04-04",
    )
    assert (claim.claimant_country, claim.claim_date, claim.value_best) == (
        "VN",
        "1995-04-03",
        1100000,
    )
    # the same period with no source is history still
    assert (
        claims("1.1 million soldiers were killed between 1954 and 1975.", "en", "1995-04-04") == []
    )


def test_then_points_back_to_the_time_of_a_count_not_to_its_period_start():
    found = claims(
        "Its November update put the number of Syrians sent to Libya since December 2019 at "
        "around 18,000, of whom some 10,750 had returned by then, and recorded 496 deaths "
        "among them.",
        "en",
        "2020-12-11",
    )
    assert [(c.value_best, c.claim_date) for c in found] == [
        (18000, "2020-11"),
        (10750, "2020-11"),
        (496, "2020-11"),
    ]
    # right after the period's start, with no figure between, « alors » is that date
    (claim,) = claims(
        "Moscou n'a plus rien publié depuis septembre 2022, quand Sergueï Choïgou, alors "
        "ministre de la Défense, avait fait état de 5 937 morts.",
        "fr",
        "2026-03-03",
    )
    assert claim.claim_date == "2022-09"


def test_a_speaker_named_after_the_figures_before_its_verb_is_whom_it_takes_up():
    # "..., the foreign ministry said": the speaker "it" continues, not the content's name
    found = claims(
        "At least 10 Nepali citizens recruited by Russia's military have been killed in Ukraine, "
        "the Nepali foreign ministry said on Thursday. In early December, it had confirmed six "
        "deaths.",
        "en",
        "2024-01-05",
    )
    assert [(c.value_best, c.claimant_country) for c in found] == [(10, "NP"), (6, "NP")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Association of Families of Sri Lankans in Russia puts the number of Sri Lankan "
            "recruits at between 600 and 800.",
            ("Sri Lankan families' association", "LK", "LK"),
        ),
        (
            "en",
            "Veterans' groups estimate that between 2,000 and 3,000 former Colombian servicemen "
            "are fighting in Ukrainian units.",
            ("Colombian veterans' association", "CO", "CO"),
        ),
        (
            "en",
            "A committee formed by families of soldiers killed in Yemen says it has documented at "
            "least 1,150 deaths of Sudanese soldiers.",
            ("Sudanese families' association", "SD", "SD"),
        ),
        (
            "fr",
            "Le Comité des familles des Népalais enrôlés en Russie a affirmé qu'au moins 3 000 "
            "Népalais se trouvaient toujours sur le front.",
            ("Nepali families' association", "NP", "NP"),
        ),
        (
            "fr",
            "Les associations d'anciens combattants argentins évoquent des centaines de blessés "
            "argentins.",
            ("Argentine veterans' association", "AR", "AR"),
        ),
        (
            "en",
            "The Committee of Soldiers' Mothers, which runs a telephone line in Moscow, believes "
            "at least 3,000 Russian troops have died.",
            ("Russian families' association", "RU", "RU"),
        ),
        (  # troops of no one country: the group stays without a country
            "en",
            "A veterans' association says 300 foreign fighters were killed.",
            ("veterans' association", "", ""),
        ),
        (  # a memorial society keeping the volunteers' names
            "en",
            "According to the Connolly Column Memorial Society, about 250 Irishmen fought in "
            "Spain.",
            ("Irish veterans' association", "IE", "IE"),
        ),
        (
            "fr",
            "Selon l'Association du souvenir des volontaires, 189 Français sont morts en Espagne.",
            ("French veterans' association", "FR", "FR"),
        ),
    ],
)
def test_families_and_veterans_groups_speak_for_their_own_soldiers(lang, text, expected):
    (claim,) = claims(text, lang)
    assert (claim.claimant, claim.claimant_country, claim.subject) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The official count stands at about 3,800 soldiers killed in the 2020 war."),
        ("en", "The ministry now counts 2,906 Azerbaijani soldiers killed in the war of 2020."),
        (
            "fr",
            "Le bilan officiel s'établit à environ 3 800 soldats tués pendant la guerre de 2020.",
        ),
    ],
)
def test_a_year_naming_a_war_dates_the_war_not_the_statement(lang, text):
    (claim,) = claims(text, lang, "2024-09-27")
    assert claim.claim_date == "2024-09-27"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a side named opening the sentence places the institution named without country
            "fr",
            "Côté indien, l'armée reconnaît la mort d'au moins trois de ses soldats.",
            ("Indian military", "IN"),
        ),
        (
            "en",
            "On the Pakistani side, the information minister asserted on May 7 that 40 to 50 "
            "Indian soldiers had been killed.",
            ("Pakistani government", "PK"),
        ),
        (
            "fr",
            "Du côté russe, le ministre de la Défense affirme que 300 soldats ukrainiens ont été "
            "tués.",
            ("Russian military", "RU"),
        ),
        (  # a country's television channels are its media
            "en",
            "Several Indian television channels told viewers last week that hundreds of "
            "Pakistani soldiers had been killed.",
            ("Indian media", "IN"),
        ),
        (
            "fr",
            "Les chaînes de télévision indiennes affirment que 300 soldats pakistanais ont été "
            "tués.",
            ("Indian media", "IN"),
        ),
        (
            "en",
            "India's director general of military operations told reporters in New Delhi that "
            "some 35 to 40 Pakistani soldiers had been killed.",
            ("Indian military", "IN"),
        ),
    ],
)
def test_sides_and_institutions_of_a_two_sided_war(lang, text, expected):
    (claim,) = claims(text, lang)
    assert (claim.claimant, claim.claimant_country) == expected
    assert claim.increment is False  # "New Delhi" adds nothing


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A study released on Wednesday by the Lindqvist Centre for Conflict Data, a research "
            "group in Stockholm, concludes that at least 6,100 Russian servicemen were killed.",
        ),
        (
            "fr",
            "Une étude du Lindqvist Centre for Conflict Data, un groupe de recherche basé à "
            "Stockholm, conclut qu'au moins 6 100 militaires russes ont été tués.",
        ),
    ],
)
def test_a_study_that_concludes_states_its_figure(lang, text):
    (claim,) = claims(text, lang, "2024-06-14")
    assert (claim.claimant, claim.claimant_country) == ("Lindqvist Centre for Conflict Data", "SE")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Israel Defense Forces called up reservists.\n\nThe army also said on "
            "Tuesday that it had confirmed the deaths of 123 soldiers.",
            ("Israeli military", "IL"),
        ),
        (
            "fr",
            "Les FARDC ont repris la colline. L'armée a indiqué mardi que 12 soldats avaient été "
            "tués.",
            ("Congolese military", "CD"),
        ),
        (  # two countries' armed forces named before: which army?
            "en",
            "Israel's military and Hezbollah's fighters traded fire. The Lebanese army stayed "
            "out of it. The army said on Tuesday that 12 soldiers had been killed.",
            ("", ""),
        ),
        (  # no institution of its kind before: the one country whose institutions were named
            "en",
            "The Mozambican government asked for help in July. The army said on Tuesday that "
            "it had killed 12 insurgents.",
            ("Mozambican military", "MZ"),
        ),
        (  # two countries' institutions named before, none of its kind: which one?
            "en",
            "The Mozambican government and the Rwandan government met in July. The army said "
            "on Tuesday that it had killed 12 insurgents.",
            ("", ""),
        ),
    ],
)
def test_a_bare_institution_is_the_one_country_whose_kind_was_named(lang, text, expected):
    (claim,) = claims(text, lang, "2023-10-10")
    assert (claim.claimant, claim.claimant_country) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Depuis 2013, 53 militaires français ont été tués au Sahel, rappelle l'état-major.",
            ("French military", "FR"),
        ),
        (
            "en",
            "The army said on Tuesday that 26 Nigerien soldiers had been killed.",
            ("Nigerien military", "NE"),
        ),
        (  # a place is not whose troops: "in Somalia"
            "en",
            "The army said on Tuesday that 4,500 soldiers would stay in Somalia.",
            ("", ""),
        ),
        (  # two countries in the sentence: whose army?
            "en",
            "The army said on Tuesday that 26 Nigerien and Chadian soldiers had been killed.",
            ("", ""),
        ),
        (  # a source of another country named before speaks of the others' losses
            "en",
            "Zelensky published his count. The army said on Tuesday that 1,200 Russian "
            "soldiers had been killed.",
            ("", ""),
        ),
        (  # no figure in the institution's sentence: it places nothing
            "fr",
            "La résistance du Hezbollah a surpris l'état-major. L'armée a reconnu mercredi la "
            "mort de neuf soldats.",
            ("", ""),
        ),
    ],
)
def test_a_bare_institution_is_the_one_country_its_sentence_names(lang, text, expected):
    (claim,) = claims(text, lang, "2023-10-10")
    assert (claim.claimant, claim.claimant_country) == expected


def test_a_foreign_bureaus_dateline_places_no_institution():
    # "BANGKOK" opens a dispatch about Myanmar that never names Thailand again
    text = (
        "BANGKOK, Jan 6 (Wire) - An armed group in Myanmar said on Friday that more than 2,000 "
        "government troops had surrendered.\n\nMilitary analysts said the army had kept some "
        "3,000 troops in the region."
    )
    assert [c.claimant_country for c in claims(text, "en", "2024-01-06")] == ["", ""]
    # a dispatch from Seoul that names South Korea again: its defence ministry speaks
    text = (
        "SEOUL, Nov 5 (Wire) - The defence ministry said 3,000 North Korean soldiers had been "
        "sent. South Korea has raised its alert level."
    )
    assert [c.claimant_country for c in claims(text, "en", "2024-11-05")] == ["KR"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a number inside a source's name is no figure
            "en",
            "The Three Brotherhood Alliance said its fighters had captured 41 soldiers.",
            [(41, "Three Brotherhood Alliance", "MM")],
        ),
        (
            "en",
            "Myanmar's junta said its troops had killed 60 rebels.",
            [(60, "Burmese military", "MM")],
        ),
        (
            "fr",
            "La junte birmane affirme avoir tué 60 rebelles.",
            [(60, "Burmese military", "MM")],
        ),
        (
            "en",
            "The Ta'ang National Liberation Army said junta air strikes had killed 11 of its "
            "fighters.",
            [(11, "Ta'ang National Liberation Army (TNLA)", "MM")],
        ),
    ],
)
def test_the_armed_groups_and_juntas_of_a_civil_war(lang, text, expected):
    found = claims(text, lang)
    assert [(c.value_best, c.claimant, c.claimant_country) for c in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "metric"),
    [
        ("en", "The regiment said it had lost nine men.", "killed"),
        ("en", "Ireland has lost 47 soldiers in Lebanon.", "killed"),
        ("fr", "La Minusma a perdu plus de 170 casques bleus.", "killed"),
        ("fr", "La Tanzanie a perdu deux soldats.", "killed"),
        # a large total lost counts the killed and the wounded
        ("en", "Russia has lost 851,120 troops in Ukraine.", "casualties"),
        ("fr", "La Russie a perdu 1 209 870 soldats.", "casualties"),
        # ... as does a loss the sentence says is of both
        ("fr", "L'armée aurait perdu plus de 400 hommes, tués ou blessés.", "casualties"),
    ],
)
def test_the_few_soldiers_a_unit_loses_are_its_dead(lang, text, metric):
    (claim,) = claims(text, lang)
    assert claim.metric == metric


@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        (  # the article is about Russia's instructors; Chad's government counts its own
            "en",
            "About 1,400 Russian instructors remain in Mali. The Chadian government puts its "
            "dead at more than 60.",
            "TD",
        ),
        (
            "fr",
            "Quelque 1 400 instructeurs russes restent au Mali. Le gouvernement tchadien déplore "
            "la mort de 36 de ses soldats.",
            "TD",
        ),
        # another country named in the content: its troops
        ("en", "The Pentagon said Russia had lost 2,000 of its soldiers.", "RU"),
        # an expert's "its" is the body the content names, not the expert's country
        (
            "en",
            "Daniel Mercer, a researcher at a London institute, reckons that perhaps 2,500 "
            "North Korean soldiers were killed.",
            "KP",
        ),
    ],
)
def test_a_speaking_institutions_own_troops(lang, text, subject):
    assert claims(text, lang)[-1].subject == subject


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # another army named before the speaker: "its" is still the speaker's own
            "en",
            "Pakistani troops kept up fire through the night, and the Indian Army said on "
            "Thursday that one of its soldiers had been killed.",
            ("IN", "IN"),
        ),
        (
            "fr",
            "Les forces russes ont pilonné la ville, et l'état-major ukrainien a affirmé que 12 "
            "de ses soldats avaient été tués.",
            ("UA", "UA"),
        ),
        # a country named after the speaker, before "its": that country's troops
        ("en", "The NIS said Pyongyang had sent 3,000 more of its troops.", ("KR", "KP")),
    ],
)
def test_its_after_a_speaking_institution_is_the_institutions_own(lang, text, expected):
    (claim,) = claims(text, lang, "2025-05-08")
    assert (claim.claimant_country, claim.subject) == expected


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "JAMMU, May 8 (Wire) - The Army said three soldiers were killed overnight.", "IN"),
        ("fr", "GOMA - L'armée a affirmé que 40 rebelles avaient été tués.", "CD"),
        ("en", "TEL AVIV, Jan 21 - The army said 405 soldiers had been killed.", "IL"),
        ("fr", "SAINT-PÉTERSBOURG, 3 mars - Le ministère de la Défense a annoncé 300 morts.", "RU"),
        # a city a war disputes places nothing
        ("en", "DONETSK, May 8 - The army said 300 soldiers had been killed.", ""),
        # a foreign bureau's dispatch about another country places nothing
        (
            "en",
            "ISTANBUL, Jan 6 - The defence ministry said 300 soldiers had been killed in Syria.",
            "",
        ),
    ],
)
def test_a_dispatch_from_a_city_places_its_bare_institutions(lang, text, country):
    (claim,) = claims(text, lang, "2025-05-08")
    assert claim.claimant_country == country


def test_a_figure_repeated_with_no_one_to_say_it_is_a_reminder():
    text = (
        "JAMMU - The Army said on Thursday that one soldier had been killed.\n\n"
        "Officers called the Pakistani figure propaganda. The Army's losses, one of them said, "
        "remained the one soldier killed it had announced in the morning."
    )
    found = claims(text, "en", "2025-05-08")
    assert [(c.value_best, c.claimant, c.quote) for c in found] == [
        (1, "Indian military", "one soldier had been killed")
    ]
    # the article's own figure first: the later mention is not kept either (one row)
    text = "One soldier was killed on Monday. Officers said the one soldier killed was a cook."
    assert [(c.quote, c.claimant) for c in claims(text, "en", "2025-05-08")] == [
        ("One soldier was killed", "")
    ]


TRANSCRIPTS = [
    (  # a source named in the label; a reporter's question is no one's claim
        "en",
        "The following is the transcript of the briefing at the defence ministry.\n\n"
        "MINISTRY SPOKESPERSON: Good morning. Our colleague from the Joint Chiefs of Staff will "
        "present the assessment.\n\nJCS OPERATIONS OFFICER: Thank you. Our assessment is that "
        "North Korean troops have suffered around 1,100 casualties.\n\nREPORTER: Is it true "
        "that 3,000 have died?",
        [(1100, "South Korean military (JCS)", "KR"), (3000, "", "")],
    ),
    (  # the label's last word, introduced with the source it speaks for
        "fr",
        "Point presse du 20 novembre. Le général Yann Quéméneur, porte-parole de l'état-major "
        "des armées, répond aux questions.\n\nJOURNALISTE : Combien de soldats nord-coréens ?"
        "\n\nGÉNÉRAL QUÉMÉNEUR : Nous estimons qu'environ 12 000 soldats nord-coréens sont "
        "encore en Russie.\n\nJOURNALISTE : Et les pertes ?\n\nGÉNÉRAL QUÉMÉNEUR : Au moins "
        "7 500 pertes, tués et blessés confondus.",
        [(12000, "French military", "FR"), (7500, "French military", "FR")],
    ),
    (
        "en",
        "With me is Mykola Horban, who heads the Dnipro Security Institute in Kyiv, a Ukrainian "
        "think tank.\n\nHOST: Is Seoul right?\n\nMYKOLA HORBAN: Our figure is higher. By our "
        "count, around twelve thousand North Korean soldiers are in Russia today.",
        [(12000, "Ukrainian research", "UA")],
    ),
    (  # a correspondent's place is not who speaks
        "fr",
        "Journal de 20 heures.\n\nPRÉSENTATRICE : Bonsoir.\n\nCORRESPONDANT (DUPLEX KIEV) : "
        "Les combats continuent. Environ 11 000 soldats nord-coréens ont été envoyés en Russie.",
        [(11000, "", "")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRANSCRIPTS)
def test_a_transcripts_speaker_labels_say_who_speaks(lang, text, expected):
    found = claims(text, lang, "2026-11-20")
    assert [(c.value_best, c.claimant, c.claimant_country) for c in found] == expected


def test_an_interviews_lead_names_its_interviewee_over_the_news_it_recalls():
    text = (
        "Last week North Korea admitted that its troops had fought in Kursk. We asked the "
        "Yeouido Centre for Defence Analysis, a private research institute in Seoul, what the "
        "numbers mean. The interview has been edited for length.\n\n"
        "Q: How many have died?\n\n"
        "A: Our own estimate is closer to 1,000 killed.\n\n"
        "Q: And the wounded?\n\n"
        "A: Perhaps 4,000 more."
    )
    found = claims(text, "en", "2025-05-06")
    assert [(c.value_best, c.claimant_country) for c in found][:1] == [(1000, "KR")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Lindqvist Centre for Conflict Data, a research group in Stockholm, argued in a "
            "report that 24,000 North Korean soldiers have passed through Russia.",
            ("Lindqvist Centre for Conflict Data", "SE"),
        ),
        (  # the article's own count, whoever spoke before
            "en",
            "NATO said 15,000 had been sent. By any honest count, well over 20,000 North "
            "Koreans have now served in Russia.",
            ("", ""),
        ),
    ],
)
def test_arguing_and_honest_counts(lang, text, expected):
    claim = claims(text, lang)[-1]
    assert (claim.claimant, claim.claimant_country) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It says 27 civilians have been killed on its side and more than 120 wounded."),
        ("fr", "Bakou parle de 63 civils tués et de près de 300 blessés sur son sol."),
        (
            "en",
            "Aliyev said that 94 Azerbaijani civilians had been killed and more than 400 wounded.",
        ),
    ],
)
def test_a_figure_joined_to_one_counting_civilians_counts_them_too(lang, text):
    assert claims(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        (
            "en",
            "Karabakh broke away in the early 1990s in a war that left 30,000 soldiers dead.",
            0,
        ),
        (
            "fr",
            "Le Haut-Karabakh a fait sécession au début des années 1990, au prix d'une guerre qui "
            "a fait quelque 30 000 morts.",
            0,
        ),
        # a decade not yet over is no history
        ("en", "In the 2020s, 300 soldiers of the regiment have been killed.", 1),
    ],
)
def test_a_decade_long_over_makes_a_figure_history(lang, text, count):
    assert len(claims(text, lang, "2020-09-29")) == count


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "L'ISPR précise que six soldats de l'armée de terre et cinq membres de l'armée de "
            "l'air figurent parmi les morts.",
            [("killed", 6), ("killed", 5)],
        ),
        ("en", "Two more soldiers had succumbed to wounds.", [("killed", 2)]),
        ("fr", "Deux soldats ont succombé à leurs blessures.", [("killed", 2)]),
        # « la perte de » one's soldiers is their death; « les pertes », killed and wounded
        ("fr", "L'Inde a reconnu la perte de cinq militaires.", [("killed", 5)]),
        ("fr", "Les pertes russes atteignent 300 000 soldats.", [("casualties", 300000)]),
    ],
)
def test_lists_with_complements_and_words_of_death(lang, text, expected):
    assert [(c.metric, c.value_best) for c in claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # a period from long ago to now is no history
            "en",
            "Worldwide, more than 4,300 peacekeepers have died in UN service since 1948, the "
            "United Nations says.",
            [("killed", 4300)],
        ),
        ("en", "Two Indonesian peacekeepers were hurt on 10 October.", [("wounded", 2)]),
        (
            "en",
            "One soldier was killed and four others were wounded.",
            [("killed", 1), ("wounded", 4)],
        ),
    ],
)
def test_periods_to_now_hurt_and_others(lang, text, expected):
    assert [(c.metric, c.value_best) for c in claims(text, lang, "2024-10-15")] == expected


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        (  # an inverted name, then its body after a determiner and before its title
            "en",
            "About 11,000 North Korean troops have been sent to Russia, said Matthew Fields, the "
            "State Department spokesman, on Monday.",
            "US",
        ),
        # the capital where diplomats serve is not whose they are
        ("en", "Diplomats in Luanda estimate that about 40,000 Cuban troops are in Angola.", ""),
        (
            "fr",
            "Selon des diplomates en poste à Kinshasa, plusieurs milliers de soldats burundais "
            "restent déployés.",
            "",
        ),
        (
            "fr",
            "Des attachés militaires occidentaux en poste à Bagdad estiment que l'Iran a massé "
            "150 000 hommes autour de Bassora.",
            "",
        ),
        # officials there are that country's
        ("en", "Officials in Kinshasa estimate that 3,000 Burundian soldiers are deployed.", "CD"),
    ],
)
def test_inverted_names_and_diplomats_posted_abroad(lang, text, country):
    assert [c.claimant_country for c in claims(text, lang)] == [country]


def test_a_countrys_command_speaks_for_it_and_men_under_an_age_are_no_count():
    text = (
        "Iraq's Joint Operations Command said in July that more than 25,000 militants had been "
        "killed."
    )
    assert [(c.value_best, c.claimant_country) for c in claims(text, "en")] == [(25000, "IQ")]
    text = "About 47,000 Russian men under 50 have been sent to the front."
    assert [c.value_best for c in claims(text, "en")] == [47000]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Samia Haddad-Lowe, who teaches modern history at a university in the north of "
            "England, says that 320,000 soldiers died.",
            ("Samia Haddad-Lowe (academic)", "GB"),
        ),
        (
            "fr",
            "Samia Haddad, qui enseigne l'histoire contemporaine à Lyon, estime que 300 000 "
            "soldats sont morts.",
            ("Samia Haddad (universitaire)", "FR"),
        ),
        (
            "en",
            "Margaret Ellery, who teaches modern Chinese history at the University of Leeds, "
            "estimates that 380,000 soldiers were sent.",
            ("Margaret Ellery (academic)", "GB"),
        ),
    ],
)
def test_a_person_who_teaches_is_an_academic_expert(lang, text, expected):
    assert [(c.claimant, c.claimant_country) for c in claims(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (  # the institution right before unnamed officials is theirs, not the place after
            "en",
            "UN officials in Zagreb said on Friday that Bosnian Serb forces were still holding "
            "372 peacekeepers.",
            ("United Nations", ""),
        ),
        (
            "en",
            "Pentagon officials in Kyiv said 300 North Korean soldiers were killed.",
            ("US military", "US"),
        ),
        (  # alone, the place says whose
            "en",
            "Officials in Kyiv said 300 North Korean soldiers were killed.",
            ("Ukrainian government", "UA"),
        ),
    ],
)
def test_unnamed_officials_belong_to_the_institution_before_them(lang, text, expected):
    assert [(c.claimant, c.claimant_country) for c in claims(text, lang, "1995-06-03")] == [
        expected
    ]


def test_that_year_is_the_year_of_the_date_before_not_this_year():
    text = (
        "Tout a commencé à l'automne 2024. En octobre de cette année-là, Kiev affirmait que "
        "quelque 12 000 soldats nord-coréens étaient en cours de déploiement en Russie."
    )
    assert [c.claim_date for c in claims(text, "fr", "2026-02-24")] == ["2024-10"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Three peshmerga had been killed.", [("killed", 3, "")]),
        ("fr", "Au moins cinq peshmergas tués.", [("killed", 5, "")]),
        (  # a unit's number is no count
            "en",
            "The army said 157 Task Force Battalion lost 44 soldiers.",
            [("killed", 44, "")],
        ),
        (
            "fr",
            "Les soldats de la 72 Brigade mécanisée ont tué 30 combattants.",
            [("killed", 30, "")],
        ),
        (  # schoolgirls held are no prisoners of war
            "en",
            "Some 200 schoolgirls abducted from Chibok are still in the hands of the group.",
            [],
        ),
        (
            "fr",
            "Quelque 200 lycéennes enlevées à Chibok sont toujours aux mains du groupe.",
            [],
        ),
        (
            "fr",
            "Le quartier général nigérian a affirmé que ses troupes avaient capturé 41 "
            "combattants.",
            [("captured", 41, "NG")],
        ),
        (
            "en",
            "The Nigerian defence headquarters said troops had killed 148 insurgents.",
            [("killed", 148, "NG")],
        ),
        (  # « au plus fort de » is no strength
            "fr",
            "Les troupes ukrainiennes contrôlent 800 kilomètres carrés, contre près de 1 300 au "
            "plus fort de leur offensive.",
            [],
        ),
    ],
)
def test_peshmerga_unit_numbers_schoolgirls_and_headquarters(lang, text, expected):
    found = claims(text, lang, "2017-01-01")
    assert [(c.metric, c.value_best, c.claimant_country) for c in found] == expected
