/**
 * The weights of the learned backstop (./learned.ts), written by scripts/train-guardrails.ts: do not
 * edit. λ=0.0003, epochs=300, library weight=0.3, refuse target=0.004, warn target=0.01; weights below 0.1 left out.
 */
import type { LearnedModel } from './learned';

export const LEARNED_MODEL: LearnedModel = {
  classes: ['sound', 'deficit', 'grade-topic', 'comparison', 'labelling', 'care', 'tick-box', 'pressure', 'verdict'],
  bias: [0.644, -0.89, -0.766, -1.142, -0.629, -0.288, -0.41, -0.931, -0.029],
  refuse: 0.982,
  warn: 0.918,
  weights: `
a:<grade> 2:48 3:19 4:-13 6:17
a:<num> 0:-10 2:12 6:35 7:26
a:aan 0:42 7:13
a:aandacht 0:-12 8:10
a:aanmelddatum 7:23
a:aanmelden 0:24
a:aanmelding 7:10
a:aanmeldt 0:17 8:-13
a:achter 0:-12 1:23 7:10
a:achteraf 0:16
a:achterstand 4:12
a:adhd 4:11
a:advies 8:15
a:af 0:-12 5:12 6:23
a:afgerond 0:18
a:afgevallen 5:11
a:al 0:34 3:67 4:-21 6:-31 8:-25
a:alle 0:-32 1:15 6:25
a:alleen 8:-19
a:allemaal 3:43
a:alles 8:11
a:als 0:11 3:-12 4:44 7:46
a:altijd 0:17
a:ander 7:12
a:andere 0:11 1:-10 3:30
a:anderen 0:24
a:anders 0:14 3:-10 6:19 7:64 8:-16
a:april 7:12
a:b 8:12
a:baan 4:22
a:bank 4:14
a:bbl'ers 0:-13 4:19
a:bbl-route 8:16
a:bbl-traject 8:14
a:bedrijf 0:-14 3:23
a:beeld 5:10
a:begin 0:11
a:beginnen 0:20
a:begint 0:14
a:begon 0:12
a:behalve 3:11
a:bekeken 6:11
a:bekende 0:17
a:bel 7:13
a:belangstelling 0:11
a:ben 0:-15 1:-14 4:18 5:-13
a:benieuwd 0:12
a:benoemen 0:11
a:bent 0:-57 1:14 3:-10 4:25 5:11 7:-16 8:34
a:bepaalt 0:13 7:18
a:beroep 0:24
a:beroepen 0:42 8:-11
a:beroepenmarkt 0:-14 6:22
a:beroepentest 6:20 8:28
a:besef 7:16
a:beslissing 0:-10 7:19
a:besloten 0:-14 8:22
a:bespreken 2:13
a:best 1:24
a:bestaan 0:11
a:beste 8:27
a:betekenis 0:14
a:betekent 7:20
a:beter 0:-26 1:-11 4:23 7:-20 8:40
a:beveiliging 0:-11 8:13
a:bewegen 0:17
a:bewijs 7:11
a:bezocht 0:-10 3:14
a:bij 0:29 4:-29
a:bijbaan 0:19
a:bijvoorbeeld 0:22
a:binnen 0:16
a:blijft 1:19
a:blijkt 8:21
a:blik 0:13
a:bouw 0:-13 4:21
a:bouwen 0:14
a:bpv 0:-13 5:12 6:20
a:bpv-begeleider 0:14
a:broer 3:16
a:brood 0:-13 8:19
a:buiten 0:16
a:checklist 8:12
a:cijfer 0:-11 4:24
a:cijferlijst 2:23
a:cijfers 2:44
a:computers 1:16
a:concentratie 0:-13 1:21
a:concreet 0:11
a:contact 0:28
a:contacten 0:15
a:creatief 4:26
a:daar 0:14 8:41
a:daarna 0:-11 7:40
a:dag 0:11 1:11 6:23 8:-13
a:dagen 7:13
a:dan 0:21 1:-23 2:-14 4:-14 6:40
a:dat 0:29 1:-16 3:-15 5:44 6:38 7:-14 8:55
a:de 0:16 1:-35 5:-25 7:14
a:deadline 4:-14 7:15
a:decaan 6:18 8:-13
a:deed 3:15
a:degene 3:16
a:delen 0:24 8:-11
a:denk 7:24
a:denken 0:18
a:deur 0:11
a:deuren 8:25
a:deze 0:-19 6:32 8:15
a:die 1:22 4:-19 7:-18
a:ding 0:-11 1:16
a:dingen 0:12 1:10
a:dinsdag 7:13
a:diploma 7:16 8:12
a:dit 1:19 6:37 7:-28 8:11
a:doe 0:-26 8:22
a:doen 4:36 7:-12
a:doet 0:49 8:-22
a:door 0:32 2:12
a:draagt 4:15
a:drie 0:-40 1:17 3:16 6:35
a:droom 0:-11
a:droomstudie 0:-18 8:16
a:duidelijk 1:19
a:duits 2:13
a:dus 0:-26 4:31 7:11 8:24
a:dyslexie 0:-11 4:29
a:e 7:11
a:echte 4:37 8:-20
a:economie 8:21
a:een 1:-22 4:54 5:-30 6:-37 7:19
a:eenmaal 1:10
a:eens 1:10 2:44 3:11 5:42
a:eerlijk 0:-13 1:21
a:eerst 2:22
a:eerste 0:39 2:11 8:-12
a:eerstegeneratiestudenten 0:16
a:eigen 0:65 8:-15
a:eigenlijk 0:-14 4:18 8:15
a:elektricien 3:23
a:elk 1:10
a:elkaar 0:15
a:elke 0:11 4:-14 6:26
a:en 0:89 1:21 4:-20 6:-15 7:42
a:energie 0:21
a:engels 2:11
a:enige 0:-13 3:18
a:entree 0:-10 8:15
a:er 3:-15 4:-21 7:27
a:erom 7:13
a:eruit 7:19
a:ervaren 0:10
a:ervaring 0:42
a:ervoor 0:23
a:even 0:10 6:33 8:-15
a:excursie 7:13
a:extra 0:-31 1:22 8:11
a:f 2:19
a:februari 0:18
a:fijn 5:13
a:flink 5:18
a:foto 6:18
a:fout 0:-29 4:32
a:ga 8:26
a:gaan 0:-31 2:-13 6:12 7:-13 8:24
a:gaat 1:10 2:10 5:21
a:gebruikt 5:18
a:gedaan 0:-43 3:29 6:12 8:35
a:geef 1:19
a:geeft 0:16
a:geen 1:21 4:30 6:-11 7:51
a:gegrepen 8:14
a:gehaald 2:15
a:gekozen 0:-11 7:19 8:14
a:geldt 0:10
a:gemaakt 0:12
a:gemiddelde 2:10
a:geneeskunde 8:15
a:genoeg 6:10 8:12
a:gerust 0:32
a:geschikt 0:-12 8:27
a:gesprek 0:-16 6:35 7:18
a:gesprekken 0:13
a:gevonden 1:23
a:gevuld 6:22
a:gewend 0:34
a:gewone 0:16
a:gewoon 4:12 8:53
a:gezegd 0:-10 1:12
a:gezocht 0:10
a:gezondheid 8:11
a:ging 0:17
a:goed 0:16 2:11 7:16
a:goede 0:21
a:graag 0:39 8:-10
a:groeit 0:17
a:groot 8:10
a:grote 4:18 8:-19
a:haalt 0:15
a:haar 5:11
a:had 3:25
a:hand 4:24
a:handig 1:14
a:handtekeningen 6:27
a:havo 3:20 8:28
a:hbo 4:12 7:-11
a:he 1:11
a:heb 0:-15 1:28 2:10 3:13 6:-12
a:hebben 0:-22 1:-11 4:21 6:22 8:20
a:hebt 0:13 2:13 3:-14 6:39 7:17 8:-26
a:heeft 0:-43 1:11 3:32 4:-24 7:44 8:26
a:heel 0:10 3:10 8:-11
a:hele 3:11 6:-13 7:17
a:helemaal 4:19 8:-20
a:helft 1:28
a:helpen 0:16
a:helpt 0:36
a:hem 6:13
a:herfstvakantie 2:14
a:het 0:35 2:-18 3:17 4:-13 5:-21
a:hier 0:12 6:17
a:hij 0:-20 7:11 8:17
a:hoe 2:24 5:22 8:-12
a:hoef 6:15
a:hoeft 0:28 8:-10
a:hoger 0:-26 8:21
a:hoofd 0:11 4:11
a:hoofddoek 4:15
a:hoog 8:25
a:hoor 8:11
a:hoorde 5:23
a:hoort 0:-18 8:27
a:horeca 4:23
a:horen 4:12
a:houding 0:13
a:houdt 8:11
a:hun 3:21
a:idee 0:17 3:12
a:iedereen 0:16 3:12
a:iemand 0:43
a:iets 0:13 1:20 4:14 7:-21 8:42
a:ik 0:-14 1:-13 3:-17 6:16 7:37 8:12
a:in 0:19 1:-19 6:21
a:informatie 0:12
a:ingeleverd 0:-14 6:11 7:22
a:ingesteld 4:11
a:ingevuld 7:19
a:initiatief 1:14
a:inschrijving 7:17
a:interessetest 8:11
a:is 0:11 2:-20 7:-15 8:56
a:jaar 0:-26 1:23 3:30 4:-13 6:15 7:17
a:jaren 7:10
a:je 0:-36 1:-19 2:42 3:-22 4:-35 6:28 7:30
a:jezelf 0:14
a:jij 1:41 3:40 4:14 8:60
a:jongen 4:21
a:jongens 0:-18 4:40
a:jongeren 4:10
a:jou 0:-61 1:47 7:12 8:60
a:journalisten 0:12 4:-10
a:jouw 0:-36 2:-10 3:19 6:-16 8:26
a:jouwe 3:10
a:juist 0:11
a:jullie 5:23
a:kan 0:13 5:12 6:41 8:-17
a:kans 7:21
a:kansen 7:18
a:kanten 0:16
a:kapper 0:13
a:kappersopleiding 8:12
a:keer 0:22 3:-11 7:11
a:ken 0:13
a:kennen 0:13
a:kent 0:21
a:kerst 7:12
a:kerstvakantie 6:22
a:keuze 4:-10 6:-14 7:42 8:13
a:keuzedeel 0:15
a:keuzemoment 0:13
a:keuzes 0:19 3:11
a:keuzevak 0:21
a:kies 0:-39 7:24 8:54
a:kiest 0:-19 7:31 8:12
a:kiezen 0:16 4:24
a:kijk 3:16
a:kijken 0:19
a:kijkt 0:14
a:kind 4:16
a:kinderen 8:17
a:kinderopvang 4:12
a:klaar 0:-11 6:29
a:klas 3:12
a:klasgenoot 0:11
a:klasgenoten 3:16
a:kleiner 7:28
a:kleuren 5:11
a:klik 6:15
a:klok 7:21
a:knap 0:11
a:kok 8:35
a:komen 7:10
a:komt 5:12 7:16
a:koos 3:11 8:15
a:koppelt 0:17
a:korte 1:11
a:krijgt 7:28
a:kun 4:39 7:11
a:kunnen 5:17
a:kunstacademie 8:16
a:kunt 4:-10 7:15 8:27
a:kwaliteit 0:17
a:kwaliteiten 0:36
a:kwijt 1:15 7:14
a:laag 0:-12
a:laat 1:-10 6:20 8:17
a:laatst 0:14
a:laatste 0:-22 2:17
a:lang 7:14
a:lastig 0:-11 1:24
a:laten 2:20
a:later 0:33 8:22
a:leeftijd 3:10
a:leerbaan 7:21
a:leerbedrijf 1:-10 7:38
a:leerling 4:16 7:-13 8:18
a:leerlingen 1:-12 3:37 4:11
a:leert 0:11
a:leg 0:11 2:13
a:leggen 0:11
a:leraar 8:12
a:leren 0:13
a:let 0:-14 7:10
a:leuk 0:24 8:-12
a:leven 7:16
a:lever 0:-16 6:24 7:12
a:lichamelijke 1:15
a:liever 0:-16 8:26
a:lig 7:19
a:ligt 1:14 4:15
a:lijkt 0:-21 8:26
a:lob 3:15 6:33
a:logboek 0:-13 7:14
a:loopbaan 0:15
a:loopbaanbegeleider 0:17
a:loopbaanbegeleiding 0:40 8:-14
a:loopbaandossier 0:-25 6:15
a:loopbaangesprek 2:16 7:13
a:loopt 0:-23 1:13
a:lopen 0:10
a:luisteren 1:14
a:lukt 1:13
a:maakt 0:60 8:-13
a:maandag 7:35
a:maar 0:-24 8:73
a:maart 7:15
a:maatschappij 8:17
a:mag 0:33 7:24 8:-11
a:magister 6:17
a:maken 0:14
a:mbo 8:28
a:mbo-diploma 0:-13 8:13
a:mbo-opleiding 1:30
a:me 1:-12 4:14 7:-22
a:medicijnen 0:-15 5:28
a:mee 0:14 6:22 8:29
a:meeloopdag 6:-12 7:16
a:meeloopdagen 0:-10 3:11 6:11
a:meelopen 0:17 7:-11
a:meer 7:23 8:17
a:meestal 0:-14 4:60
a:meeste 3:10
a:mei 0:27 7:11
a:meiden 3:-14 4:20
a:meisje 4:36
a:meisjes 4:14
a:meld 7:19
a:mens 0:12
a:mensen 0:21
a:mentor 5:14 7:15
a:met 2:-19 5:-18 6:-11 8:16
a:meteen 8:18
a:mij 0:-14 8:14
a:mijn 7:17 8:23
a:minder 1:12
a:misschien 0:-17 1:12 5:30
a:mist 0:-29 1:54 6:11 7:16
a:moeder 0:-11 8:13
a:moet 8:22
a:mogelijke 0:15
a:moment 0:39
a:monteur 8:11
a:mooi 0:38
a:mooie 1:23
a:morgen 7:19
a:motief 0:26 8:-12
a:motieven 0:36 8:-11
a:na 0:28 1:-19 4:-15 8:21
a:naar 0:13 2:-12 3:24 4:-15 6:-20 7:25
a:naast 0:33
a:nadenken 4:19
a:najaar 0:12
a:natuur 8:20
a:natuurlijk 4:13
a:nederlands 3:16
a:neef 3:25
a:neem 8:12
a:nemen 2:11 8:21
a:net 0:14
a:netwerk 0:44 8:-15
a:netwerken 0:13
a:niet 2:-10 3:-35 4:14 7:44 8:-13
a:niets 7:18
a:nieuwe 0:13 5:11
a:nieuwsgierigheid 0:27 8:-15
a:niveau 0:-26 1:11 8:36
a:noem 1:12
a:noemen 0:14
a:nog 3:-18 5:12 6:26 7:77 8:-38
a:nooit 1:13
a:noteer 6:15
a:nou 1:20 8:11
a:november 3:10
a:nu 3:11 7:20
a:of 0:38 2:13 4:12 5:22 8:-27
a:om 0:40 2:13 7:-10
a:omdat 0:-25 4:44
a:omweg 0:18
a:onderdelen 6:12
a:ondermaats 0:-20 1:11 8:13
a:onderwerp 0:14
a:onlangs 5:25
a:ons 0:12
a:ontbreekt 1:10 6:11
a:ontdek 0:12
a:ontwerpen 0:13
a:ook 0:55 1:18 3:30 4:-21 8:-23
a:op 0:-24 1:18 2:14 5:-12 6:25
a:opdracht 6:21
a:open 0:21 7:-16
a:opent 0:30
a:opleiding 0:21 1:-18 3:-12 8:27
a:opleidingen 0:24
a:oppakt 0:14 1:17
a:opties 8:13
a:opvoeding 1:15
a:orientatie 0:13
a:ouders 0:24 1:-12 7:43
a:over 0:76 6:-11 7:19 8:-22
a:overleg 8:14
a:overzien 4:11
a:pabo 2:12
a:pakken 3:14
a:paraaf 6:27
a:passen 0:13
a:past 0:18 7:-11 8:33
a:per 2:18
a:periode 2:22
a:pittig 0:11
a:plan 8:10
a:plannen 1:23
a:plek 7:25 8:13
a:politie 3:12
a:politieacademie 0:-10 8:15
a:portfolio 3:11
a:praat 0:14
a:praktijk 0:13
a:praktijkbegeleider 0:12
a:praktijkonderwijs 0:-24 3:13 4:22
a:praktijkopleider 1:13 6:23
a:praktisch 4:11
a:praten 0:22
a:prater 0:-11 1:15
a:prima 0:18
a:procent 2:20
a:profiel 3:13 7:16
a:profielkeuze 7:23
a:raakt 1:11
a:raken 0:12
a:rapport 0:-18 2:20 7:10
a:recht 0:20 7:-13
a:rechten 3:14 4:12
a:redden 0:-14 4:25
a:reflectie 7:19
a:reflecties 6:22
a:reflectieverslag 6:13
a:reflectieverslagen 6:19
a:regel 0:13
a:rekenen 7:11
a:rekentoets 2:36
a:rest 7:16
a:resultaat 0:37
a:resultaten 0:-11
a:richting 0:42
a:rij 1:14
a:risicoleerling 0:-20 1:21
a:roc 1:11 3:13
a:rond 5:24
a:route 0:33
a:routes 0:21
a:ruimte 0:24 7:20
a:rustig 0:15
a:samen 0:48 7:-10
a:samenwerken 1:16 8:-11
a:sanne 3:12
a:schiet 0:-12 1:16 7:11
a:schieten 8:12
a:school 0:21
a:schoonmaak 4:12
a:schrijf 7:12
a:schrijven 1:19
a:scoorde 2:28
a:serieus 0:16
a:sinds 2:14 5:11
a:slapen 0:17
a:slb'er 0:20
a:slim 4:11
a:sluit 0:-17 7:16 8:11
a:sluiten 6:25
a:snel 1:24 7:21
a:snuffelstage 0:11
a:soms 0:45
a:soort 0:13
a:spreken 3:11
a:sta 0:-17 6:21
a:staan 8:14
a:staat 6:24 8:11
a:stage 0:26 1:-11 7:-15 8:18
a:stage-ervaring 0:15
a:stageplek 1:19 3:20 5:14 8:-12
a:stagiairs 3:16
a:stap 0:33
a:start 0:12
a:steeds 1:13
a:stel 0:22
a:stemmen 5:13
a:sterk 0:31
a:sterker 8:11
a:stil 5:11
a:stop 0:-13 8:18
a:strakke 0:13
a:straks 0:-16 1:12 2:17 7:25
a:studie 3:18 5:13
a:studiekeuze 0:22
a:studiekeuzecheck 0:30
a:sturen 8:15
a:stuur 6:12
a:taal 0:17
a:talent 0:15 1:24
a:te 4:-21 6:13 7:32 8:21
a:team 8:19
a:teamleider 0:-15 7:33
a:techniek 0:-13 4:31
a:tekort 1:17
a:teksten 1:18
a:telt 6:30 7:-15
a:tempo 1:15
a:terecht 0:-13 1:14
a:terechtkunt 0:13
a:terug 0:11
a:thuis 4:12 5:20 7:12
a:tijd 7:19 8:17
a:tijdens 5:15
a:tikt 7:21
a:toch 8:10
a:toegelaten 2:15
a:toekomst 0:-10 8:18
a:toont 1:12
a:tot 0:18 6:-21 7:23
a:trots 0:11
a:tussen 7:11
a:tussenjaar 8:34
a:twee 0:14 7:29
a:tweede 0:21 2:12 8:-11
a:twijfel 5:14 7:20
a:twijfelt 7:15
a:typisch 0:-16 4:23
a:typische 0:-22 4:23
a:u 0:-10 1:15 3:11
a:uit 2:22 4:31 7:-28
a:uiterlijk 7:13
a:uitleggen 0:23
a:uitslag 0:-17 2:21
a:universiteit 8:18
a:upload 6:22
a:vaak 0:14 4:77 8:-11
a:vader 8:14
a:vak 0:11 2:18 8:-11
a:vakken 1:12
a:val 7:12
a:valt 0:-19 1:27
a:van 1:25 2:17 7:-11 8:-48
a:vandaag 7:47
a:vanzelf 0:22
a:vast 4:29
a:veel 4:26 7:-20
a:ver 1:13
a:verbindt 0:17
a:verder 3:20 8:13
a:verdienen 0:-11
a:verdient 8:10
a:vergeleken 3:19
a:vergeten 7:41 8:-11
a:verhaal 0:11
a:verkeerde 0:-12 7:30
a:verkennen 0:11
a:verkoop 4:13
a:verrassingen 0:11
a:verschillende 0:21
a:verstandig 0:-13 8:17
a:verstandiger 0:-11 8:23
a:vertel 1:11 5:40
a:vertelde 1:-10 5:16
a:vertellen 5:13
a:vertelt 0:10
a:vervolgstap 0:12
a:verwacht 0:-12 1:14 7:11
a:verwachtingen 0:14
a:verzorgers 0:20
a:via 0:16
a:viel 0:16
a:vindt 0:22 8:-10
a:vink 6:23
a:vinkje 6:21
a:vluchtelingen 4:14
a:vmbo 0:12 1:13
a:voelt 0:14
a:vol 6:11
a:volgend 7:14
a:volgende 0:21
a:volgens 8:34
a:volgt 4:-11 7:16
a:voltooid 0:-27 6:25
a:vond 0:29
a:voor 1:-26 2:12 5:-29 7:16 8:37
a:voordat 1:13 5:12
a:voorkeuren 0:18
a:voortgang 0:-18 6:13
a:vorig 3:21
a:vorige 3:13
a:vraag 0:35
a:vraagstukken 0:12
a:vraagt 1:42 8:-12
a:vragen 0:43
a:vriend 5:11
a:vrienden 3:22
a:vrijdag 0:-23 7:13
a:vroeg 0:15
a:vwo 3:23
a:waar 0:37 1:15
a:waarden 0:44
a:waardevol 0:12
a:waarom 1:13
a:waarop 0:23
a:wacht 0:-11 7:33
a:wachten 7:29
a:wandelend 0:19
a:want 0:-17 1:11 7:43 8:-11
a:was 2:14 8:16
a:wat 0:11 4:40 6:-19 7:-24 8:12
a:we 0:23 1:25 2:12 3:-11 5:22 7:-13
a:week 7:28
a:weer 0:11
a:weet 0:17
a:weg 0:29
a:weinig 0:-34 1:50 4:20 8:15
a:weken 7:30
a:wel 7:22 8:-10
a:welk 0:15
a:welke 0:38 8:-15
a:welkom 0:22
a:werk 0:43 3:12 5:25
a:werken 0:21 8:20
a:werkhouding 1:29
a:werkt 0:14 3:14 4:-13
a:werkte 0:15
a:werkveld 0:11
a:werkvelden 0:19
a:werkvloer 0:17
a:weten 4:10 5:15 7:-22
a:wie 7:82 8:-17
a:wij 0:-14 8:22
a:wijst 0:15
a:wil 0:-21 7:17
a:wilde 0:10
a:willen 5:18
a:wilt 0:37 7:-22
a:wiskunde 8:21
a:woensdag 7:23 8:-13
a:woorden 0:26
a:word 0:-16 8:51
a:worden 0:-22 7:22 8:16
a:wordt 1:19 2:16 7:27 8:17
a:zag 0:19 2:19
a:ze 4:10 8:13
a:zeggen 0:13
a:zegt 0:10
a:zei 0:15
a:zekerheid 8:13
a:zelf 0:32 7:13 8:-30
a:zet 0:-24 2:23 6:30
a:zetten 0:-11 6:17
a:zichtbaar 0:16
a:zichzelf 1:10 7:12
a:zie 0:-11 8:33
a:ziekenhuis 8:10
a:zien 0:30 6:17 8:-15
a:ziet 6:14
a:zij 0:-23 3:11 8:10
a:zijn 0:32 1:-14 4:22 6:-12 8:-26
a:zit 0:-15 2:-10 4:-11 6:-16
a:zitten 0:-10
a:zo 2:-12 3:-11
a:zo'n 0:13 4:11
a:zoals 4:37 8:22
a:zodat 0:-22 2:15 6:35
a:zoek 8:27
a:zoeken 0:30 1:20 7:-17
a:zoekt 0:18
a:zomer 0:-11 3:11
a:zonde 8:22
a:zonder 1:21 3:14 4:-12 6:-12 7:43
a:zorg 6:15 8:13
a:zou 0:-37 4:15 8:48
a:zus 3:28
a:zwak 0:-27 4:17
a:zwakke 0:-12 8:11
b:%_gevuld 6:11
b:/_<grade> 0:-13 6:18
b:<grade>_/ 0:-13 6:18
b:<grade>_? 8:12
b:<grade>_april 0:18
b:<grade>_de 0:17
b:<grade>_f 2:19
b:<grade>_februari 0:16
b:<grade>_gemiddeld 2:13
b:<grade>_havo 3:17
b:<grade>_kader 3:17
b:<grade>_maart 7:15
b:<grade>_mei 0:25 7:21
b:<grade>_van 0:-14 2:-11 6:42
b:<grade>_voor 2:57
b:<num>_% 6:36
b:<num>_procent 2:19
b:^_<grade> 6:21
b:^_aan 0:13
b:^_aanmelden 0:19
b:^_als 0:-12 2:13 4:86 7:58
b:^_andere 0:-16 3:26
b:^_anders 6:10
b:^_begin 8:17
b:^_ben 0:-13 3:24 5:28
b:^_besef 0:-13 7:31
b:^_bij 0:53 4:-12
b:^_contact 0:12
b:^_contacten 0:15
b:^_daar 0:11
b:^_daarna 6:-11 7:29
b:^_dan 8:10
b:^_dat 0:17 5:12 6:-14 8:24
b:^_de 0:41 3:27 4:-16 7:28
b:^_denk 0:-12 7:32
b:^_deze 0:-15 8:22
b:^_die 0:-22 8:28
b:^_dit 7:19 8:32
b:^_doe 0:-26 8:22
b:^_draag 5:10
b:^_economie 0:10
b:^_een 0:55 4:31 7:-11 8:16
b:^_eerlijk 0:-17 1:17 8:22
b:^_eerstegeneratiestudenten 0:16
b:^_eet 5:21
b:^_elke 7:14
b:^_er 7:26
b:^_ga 3:17
b:^_gebruik 0:-10 5:24
b:^_geef 0:17
b:^_geen 7:30
b:^_geneeskunde 8:21
b:^_gezien 1:30
b:^_goed 0:15
b:^_haalt 2:13 5:11
b:^_havisten 4:19
b:^_heb 0:-42 1:-11 4:26 5:53 6:43
b:^_heeft 6:19
b:^_helpt 5:17
b:^_herken 1:17 4:15
b:^_het 0:50 3:14 7:-13 8:14
b:^_hij 0:-23 8:17
b:^_hoe 0:12 4:-35 6:-31 7:-22 8:-13
b:^_hoeveel 0:-14 1:-14 2:28 6:29
b:^_hoor 0:18
b:^_iedereen 0:-11 7:49
b:^_ik 0:42 2:14 4:-14 7:12
b:^_in 0:19 4:-18 5:-21 7:-17 8:-11
b:^_is 0:-18 1:-28 2:10 6:47
b:^_je 0:-22 1:53 2:24 3:37 4:-62 7:-31
b:^_jij 0:-24 1:32 3:-19 4:55 8:19
b:^_jongens 0:-11 4:30
b:^_journalisten 0:11
b:^_jouw 3:17
b:^_jullie 5:24
b:^_kies 7:24 8:14
b:^_kijk 0:13 3:18
b:^_klopt 4:16
b:^_koppelt 0:17
b:^_krijgen 5:14
b:^_kunnen 5:12
b:^_kwaliteiten 0:10
b:^_laat 0:18 6:23 7:-30
b:^_laten 2:20
b:^_leerlingen 4:36
b:^_leg 2:15 3:11
b:^_let 0:-27 5:20 7:10
b:^_lever 0:-16 6:24 7:12
b:^_lijkt 0:16
b:^_loopbaanbegeleiding 0:11
b:^_mag 5:15
b:^_meisjes 4:20
b:^_mens 0:12
b:^_mensen 4:12
b:^_met 0:-19 1:27 2:72 4:44 5:-15 8:38
b:^_mijn 0:-11 8:31
b:^_misschien 0:-14 1:12 5:12
b:^_mooi 0:13
b:^_na 0:23 8:13
b:^_naar 8:19
b:^_natuur 0:16
b:^_netwerken 0:11
b:^_nieuwe 0:13
b:^_nieuwsgierigheid 0:19 8:-13
b:^_nog 0:-25 6:24 7:20
b:^_noteer 6:15
b:^_nu 0:17 5:12
b:^_omdat 0:-30 1:14 4:47
b:^_op 2:-12 3:43 6:15 7:-12
b:^_ouders 0:18
b:^_pak 0:-18 2:24
b:^_praktijkleerlingen 0:-11 4:19
b:^_sanne 3:12
b:^_schiet 7:27
b:^_schrijf 0:11
b:^_slaap 5:16
b:^_soms 0:11
b:^_spreekt 0:21 4:-14
b:^_staat 2:14
b:^_stel 0:23
b:^_sterk 0:13
b:^_stop 0:-13 8:18
b:^_twijfel 0:20
b:^_typisch 0:-16 4:23
b:^_uit 8:21
b:^_upload 6:22
b:^_van 0:24 3:14
b:^_vandaag 7:16
b:^_veel 0:15
b:^_verbindt 0:17
b:^_vergeleken 3:29
b:^_vertel 1:13 2:15 5:42
b:^_verwachtingen 0:13
b:^_vink 6:18
b:^_volgens 8:34
b:^_voor 0:-23 1:14 4:41
b:^_voorkeuren 0:18
b:^_vorig 3:16
b:^_vraag 0:13
b:^_vso-leerlingen 0:-15 4:19
b:^_vul 0:-21 6:39
b:^_waar 0:65 1:16 3:10 5:-18 7:11
b:^_waarom 0:-51 1:52 3:47 5:11
b:^_wanneer 1:-15 6:27 7:32
b:^_wat 0:69 1:44 2:21 5:-10 8:16
b:^_we 0:25 1:16 5:16 7:-11 8:-11
b:^_weet 7:12
b:^_welk 0:34 1:23 2:19 3:-16 4:43 5:-19 6:-16 8:-11
b:^_welke 0:57 1:-20 2:11 3:-23 4:26 5:-27 6:20 7:-26
b:^_werkexploratie 0:13
b:^_wie 3:26 5:11 7:60
b:^_wij 0:-14 8:22
b:^_wil 7:17
b:^_wilt 6:10 7:11
b:^_wist 0:-22 4:12
b:^_woon 0:-16 5:22
b:^_ze 0:-31 8:25
b:^_zet 0:-15 3:19 6:11
b:^_zie 5:-10 8:13
b:^_zij 0:-24 3:11 8:10
b:^_zijn 3:15 6:24
b:^_zoek 8:14
b:^_zonder 0:-19 1:30 7:41
b:^_zorg 0:19 6:17 8:-15
b:^_zou 0:-22 6:-13
b:^_zullen 8:23
b:aan_? 0:-35 2:21 4:40
b:aan_de 0:32 4:21 5:11 8:-12
b:aan_een 0:18
b:aan_het 0:12 2:13
b:aan_je 0:-29 1:44 5:20
b:aan_later 5:11
b:aan_lob 3:15 5:13
b:aan_te 7:18
b:aan_welke 4:13 6:12
b:aanmelden_voor 0:17
b:aanmeldt_heeft 0:19 7:-13
b:aanmeldt_voor 2:12 8:-12
b:aanpakken_? 1:14
b:achter_de 0:26
b:achterstand_in 0:18
b:advies_van 0:25
b:af_? 6:11
b:af_als 7:16
b:af_bij 1:13
b:af_te 6:16
b:afgerond_wat 0:12
b:al_aan 4:10
b:al_bekeken 1:22 6:-23
b:al_beter 3:11
b:al_bij 3:22 5:23
b:al_compleet 6:18
b:al_drie 3:22
b:al_eens 0:11 4:13
b:al_gedaan 0:13
b:al_gekozen 7:14
b:al_in 1:10
b:al_laten 6:16
b:al_op 6:12
b:al_twee 1:25
b:al_wandelend 0:19
b:al_weten 3:10
b:alle_leerlingen 3:13
b:alles_wat 1:10
b:als_de 0:23
b:als_die 3:17
b:als_een 0:26 1:-10
b:als_eerste 1:10
b:als_het 0:27 6:14
b:als_ik 8:20
b:als_je 0:29 1:21 4:-43 6:-25 7:69 8:-13
b:als_jij 0:-10 5:19
b:als_jongen 4:12
b:als_kind 4:16
b:als_meisje 0:-15 4:35
b:als_typische 4:16
b:ambitieus_als 3:26
b:andere_leerlingen 3:10
b:andere_opleiding 0:22
b:andere_richting 0:10
b:andere_stagiairs 3:16
b:anderen_in 3:20
b:anders_? 3:26
b:anders_aan 0:-11 4:19
b:anders_ben 7:11
b:anders_dan 0:37 3:11
b:anders_telt 6:29 7:-15
b:anders_wordt 7:13
b:baan_in 0:-11 4:12
b:bbl_? 4:13
b:bedrijf_niet 8:10
b:beeld_van 5:11
b:begint_bij 0:16
b:begint_in 8:14
b:behalve_jij 3:11
b:bekeken_? 1:21 6:-16
b:bekijken_? 0:11 4:10
b:ben_benieuwd 0:12
b:ben_je 0:-10 3:-11 4:21 5:22
b:ben_jij 0:-13 3:51 8:16
b:bent_? 0:25 1:19
b:bent_best 1:29
b:bent_de 3:16
b:bent_een 0:-11 4:42 8:-17
b:bent_geen 0:-12 1:15 4:-17 8:21
b:bent_niet 1:13 4:-17 8:17
b:bent_te 8:17
b:bent_voor 0:27
b:bereik_? 0:12 2:13
b:beroep_dat 0:20 1:-12
b:beroep_kun 1:17
b:beroep_noemen 0:11
b:beroep_te 1:11
b:beroepen_die 6:11
b:beroepen_in 0:25
b:beroepen_passen 0:-16 4:20
b:beroepen_waarin 0:15
b:beroepen_zijn 1:13
b:beroepentest_word 8:19
b:beroepskeuze_? 1:12
b:beschut_werk 0:-21 4:39
b:besloten_dat 0:-14 8:22
b:best_? 4:17
b:beste_resultaat 0:11
b:beste_vriend 3:14
b:betalen_? 5:23
b:betekent_dat 0:-24 2:14 5:20
b:beter_? 4:27
b:beter_bij 8:13
b:beter_dan 3:13
b:beter_in 0:10
b:beter_nederlands 3:11
b:bewijs_van 0:-17 6:15 7:12
b:bezig_? 0:15
b:bezig_bent 0:10
b:bezocht_? 6:11
b:bezoeken_? 0:-10 4:14
b:bij_? 3:17
b:bij_aan 5:10
b:bij_alle 1:13
b:bij_dat 8:10
b:bij_de 1:-30 3:24 6:-17 8:-14
b:bij_dit 3:14
b:bij_economie 1:21
b:bij_een 0:25 4:-17
b:bij_elk 1:10
b:bij_elke 0:-17 6:27
b:bij_en 0:-17 2:20
b:bij_het 0:34 5:14 8:-12
b:bij_iemand 0:-15 1:20 8:13
b:bij_je 1:-21 5:23 7:-11
b:bij_jou 0:-50 1:21 2:-12 4:20
b:bij_jouw 4:20
b:bij_lichamelijke 1:15
b:bij_mij 0:11 7:11
b:bij_nederlands 1:11
b:bij_techniek 2:20 7:12
b:bij_wat 0:39
b:bij_welk 0:15
b:bij_welke 0:13
b:bij_wie 0:16 5:15
b:bij_wiskunde 0:-11
b:bij_zo 4:12
b:bijbaan_? 0:21
b:bijgebleven_? 0:29
b:binnen_bereik 0:12 2:13
b:binnen_een 0:12
b:blijf_jij 1:12
b:blijft_bij 0:12
b:blijft_er 0:-28 1:28
b:blijkt_dat 8:21
b:bouwen_wonen 2:15
b:brood_mee 0:-10 8:13
b:buiten_school 0:17
b:cijfer_van 2:11
b:cijfer_voor 1:-11 2:43 5:-14
b:cijferlijst_van 2:12
b:cijfers_ben 2:13
b:cijfers_van 2:16
b:compleet_? 6:18
b:concentratie_is 1:21
b:cultuur_en 0:-21 4:18
b:daar_? 0:12
b:daar_het 1:21
b:daar_nu 0:-14 2:22
b:daar_volgens 3:13
b:daaraan_? 0:-20 2:15 3:13
b:daaraan_doen 3:14
b:daarbij_? 0:-10
b:daarbij_helpen 1:14
b:daarmee_aan 2:12
b:daarna_ben 6:13
b:daarna_volgt 0:18
b:dag_anders 0:12
b:dag_op 0:14
b:dag_van 0:13 1:13
b:dagen_bezocht 3:10
b:dagen_heb 6:13
b:dan_? 8:17
b:dan_ben 7:10
b:dan_de 3:20
b:dan_het 3:12 8:19
b:dan_iets 2:10
b:dan_ik 0:38
b:dan_is 7:10
b:dan_je 0:31 1:-13
b:dan_jij 1:-11 3:35
b:dan_niet 4:12
b:dan_nog 0:-17 2:23
b:dan_over 0:-16 1:13 3:16
b:dan_wel 1:12
b:dat_? 0:-42 1:-19 3:48 4:18 8:21
b:dat_aanpakken 1:15
b:dat_bij 0:-12 1:-13 2:25 4:15
b:dat_cijfer 0:11
b:dat_de 0:20 4:24 7:16
b:dat_een 0:-12 5:17
b:dat_graag 0:17 7:-11
b:dat_het 2:11 4:17
b:dat_iemand 0:14
b:dat_iets 0:17
b:dat_ik 7:18
b:dat_je 0:74 1:25 3:-14 6:15 7:27
b:dat_jij 0:-11 1:42 8:24
b:dat_jouw 0:-17 1:26 5:11
b:dat_kan 0:21 5:13
b:dat_niet 3:46
b:dat_ook 0:-21 1:12 3:19 4:15
b:dat_op 0:-14 4:25
b:dat_past 1:11
b:dat_staat 8:14
b:dat_tempo 0:28 4:-16
b:dat_vak 0:13
b:dat_volgens 0:-15 2:18
b:dat_voor 5:18
b:dat_wat 0:-14 4:16 7:14
b:dat_wordt 8:13
b:de_<grade> 0:16 6:20
b:de_<num> 6:16 7:13
b:de_aanmelddatum 7:23
b:de_andere 0:-10 3:33
b:de_anderen 3:20
b:de_bank 4:14
b:de_bbl 0:12 4:13
b:de_bbl-route 8:16
b:de_beroepenmarkt 0:-11 6:22
b:de_beroepentest 0:-13 3:14 6:16 8:28
b:de_beveiliging 0:-11 8:13
b:de_bouw 4:18
b:de_checklist 0:-14 8:12
b:de_deadline 0:-11 7:15
b:de_decaan 6:24 7:11
b:de_derde 0:12
b:de_detailhandel 1:14
b:de_dierenarts 0:10
b:de_doorslag 0:13
b:de_eerste 2:11
b:de_enige 0:-13 3:18
b:de_grens 2:17
b:de_hand 4:23
b:de_handtekeningen 6:15
b:de_havo 0:-21 8:37
b:de_hele 5:16 6:-13 7:17
b:de_helft 1:28
b:de_herfstvakantie 2:11 6:16
b:de_horeca 4:24
b:de_inhoud 6:12
b:de_inschrijving 7:12
b:de_interessetest 3:10
b:de_jouwe 3:10
b:de_kappersopleiding 8:11
b:de_kerst 7:12
b:de_kerstvakantie 6:19
b:de_keuze 0:29 7:-11
b:de_kinderopvang 4:12
b:de_klas 3:21
b:de_klok 7:21
b:de_komende 0:15
b:de_kunstacademie 4:13 8:15
b:de_laatste 0:-22 2:13 5:19
b:de_landbouw 4:20
b:de_leerling 0:71
b:de_leerlingen 0:-12 3:16
b:de_les 0:11
b:de_logistiek 4:15
b:de_loopbaan 0:13
b:de_meeste 3:18
b:de_mentor 0:13
b:de_onderste 3:28
b:de_oorzaak 2:14
b:de_open 0:28 1:23
b:de_opleiding 0:48 2:21 5:-11 8:23
b:de_pabo 0:-17 2:42 8:19
b:de_politie 3:12
b:de_politieacademie 0:-10 8:15
b:de_praktijk 0:20
b:de_praktijkbegeleider 0:10
b:de_praktijklessen 1:12 5:23
b:de_relatie 5:24
b:de_rest 0:-16 1:22 3:13 7:15
b:de_ruzies 0:-21 5:28
b:de_scheiding 5:22
b:de_schermen 0:11 4:12
b:de_schoonmaak 0:-19 4:25
b:de_stage 0:20
b:de_start 0:16
b:de_student 0:15
b:de_studiekeuze 3:11
b:de_teamleider 0:-15 7:33
b:de_techniek 0:-12 1:19
b:de_thuiszorg 5:17
b:de_tijd 0:36
b:de_toetsweek 5:19
b:de_tweede 2:11
b:de_universiteit 4:33 8:20
b:de_verkeerde 0:-11 7:10
b:de_vijf 6:11
b:de_voedselbank 5:18
b:de_volgende 0:11 2:25
b:de_vraag 0:12
b:de_weg 1:32 2:13
b:de_werkplek 0:11
b:de_werkvloer 0:27
b:de_zomer 0:-19 1:17
b:de_zorg 0:-21 4:15 5:26 8:30
b:deed_? 0:11
b:deed_je 0:24
b:deel_van 0:14
b:delen_voor 0:24 8:-10
b:denk_erom 0:-11 7:13
b:denk_je 3:12 5:-23 6:-20
b:denk_jij 4:13
b:denken_? 0:-13 2:12
b:denkt_? 0:-11 2:14 5:18
b:derde_klas 0:12
b:deuren_open 8:12
b:deze_keuze 7:17
b:deze_leerling 8:11
b:deze_periode 2:23
b:deze_student 8:10
b:deze_week 0:19 6:18 7:14
b:die_al 3:20
b:die_anders 0:10
b:die_cijfers 2:20
b:die_de 2:13
b:die_droom 0:-11
b:die_een 1:32
b:die_in 6:16
b:die_je 0:42 5:18 6:25
b:die_meedenkt 0:22
b:die_moeite 1:12
b:die_stage 8:11
b:die_stap 0:10
b:die_van 3:21
b:die_zo 1:18
b:dierenarts_? 0:10
b:dingen_die 1:10
b:dingen_heb 0:12
b:dit_gesprek 6:17
b:dit_haalt 0:17
b:dit_is 7:20 8:19
b:dit_jaar 0:-14 1:32 2:27 6:17
b:dit_loopbaangesprek 0:-12 2:27
b:dit_moment 0:-19 2:14 5:21
b:dit_profiel 0:12
b:dit_resultaat 0:12
b:dit_schooljaar 6:35
b:doe_je 0:16 6:11
b:doe_jij 3:13
b:doen_? 0:-21 2:13 4:-16 5:-14 7:21
b:doen_aan 0:-14 1:27
b:doen_als 0:13
b:doen_om 6:12
b:door_je 0:-10 5:15
b:door_naar 7:17
b:door_te 0:15 2:26
b:doorzetter_bent 1:22
b:draagt_zou 4:15
b:drie_beroepen 6:12
b:drie_meeloopdagen 3:10 6:11
b:drie_onvoldoendes 2:11
b:drie_open 3:11
b:drie_weken 7:12
b:duits_? 0:-15 2:24
b:durf_je 0:10
b:dus_je 4:23
b:dus_welke 0:-11 1:30 4:11 6:-16
b:echt_de 7:19
b:echt_goed 1:17
b:economie_en 8:13
b:een_<grade> 0:-11 2:95
b:een_ander 7:13
b:een_andere 0:34
b:een_baan 4:21
b:een_bakker 0:14
b:een_beetje 0:-10 4:13 5:24 7:16
b:een_bekende 0:17
b:een_beroep 0:31
b:een_bewijs 0:-14 6:22
b:een_cijfer 0:28
b:een_deadline 0:16
b:een_doener 4:11
b:een_echte 0:-15 4:43 8:-20
b:een_foto 6:18
b:een_gesprek 7:29
b:een_goede 0:15 1:21 7:18
b:een_groot 8:11
b:een_grote 4:20 8:-19
b:een_hoofddoek 4:15
b:een_jaar 3:11
b:een_kamer 5:13
b:een_keer 7:15
b:een_keuze 0:20
b:een_klasgenoot 0:16
b:een_klik 0:14
b:een_kwaliteit 0:16
b:een_lastig 1:13
b:een_leerbaan 7:21
b:een_leerling 0:29
b:een_mbo-diploma 0:-13 8:13
b:een_mbo-opleiding 1:30
b:een_mogelijke 0:12
b:een_moment 0:16
b:een_mooi 0:12
b:een_nieuwe 0:14
b:een_omweg 0:18
b:een_open 0:13
b:een_opleiding 0:-28 1:16 2:-21 4:-24 6:-13
b:een_prima 8:11
b:een_probleemleerling 0:-27 1:16 8:20
b:een_profiel 2:22
b:een_rapportcijfer 0:10
b:een_rij 1:14
b:een_route 0:12
b:een_stage 3:12
b:een_stageplek 0:35 1:14 3:24 8:-13
b:een_sterk 0:16
b:een_studie 3:12 8:12
b:een_studiekeuzecheck 0:28
b:een_tussenjaar 8:26
b:een_typische 4:20
b:een_verkeerde 7:21
b:een_vervolgopleiding 0:-14 5:23
b:een_werkgever 1:10
b:een_werkplek 0:10
b:een_zwak 0:-22 4:18
b:eens_bij 0:-15 2:19
b:eens_een 0:14
b:eens_hoe 0:-19 5:23
b:eens_naar 3:12 4:15
b:eens_naast 3:14
b:eens_op 3:13
b:eens_over 5:11
b:eens_waarom 1:11
b:eerlijk_gezegd 8:31
b:eerst_? 6:12
b:eerst_je 2:17
b:eerste_keus 0:11
b:eerste_periode 2:11
b:eet_je 5:30
b:eigen_keuze 0:-17 1:23
b:eigen_woorden 0:11
b:eigenlijk_? 5:14
b:eigenlijk_niet 0:20
b:eigenlijk_op 4:10
b:eigenlijk_wel 0:-19 1:12 5:21
b:elke_dag 0:23 7:16
b:elke_open 0:-18 6:28
b:elke_route 0:13
b:elke_week 5:13 7:16
b:en_dan 0:-11 7:21
b:en_de 8:13
b:en_gezondheid 8:11
b:en_het 0:-12 6:30
b:en_hoe 0:20 2:-11 5:14
b:en_interieur 2:15
b:en_je 0:-15 5:22 6:11 7:42
b:en_jij 3:16
b:en_kies 0:-18 8:23
b:en_maatschappij 8:17
b:en_niet 0:10
b:en_past 0:-15 2:21
b:en_techniek 8:18
b:en_vertel 0:16
b:en_waar 0:-12 2:17
b:en_waarom 0:45
b:en_wat 0:29 2:24 4:17
b:en_zit 2:14
b:enige_in 3:16
b:er_achter 0:24
b:er_bij 0:-23 1:37 5:18
b:er_dan 0:-26 1:27 3:16
b:er_dit 0:11
b:er_gerust 0:10
b:er_iemand 0:16 5:11
b:er_inmiddels 6:17
b:er_is 7:21
b:er_maandag 7:13
b:er_met 2:14
b:er_nog 1:13 3:10 6:32
b:er_nu 2:10
b:er_thuis 5:26
b:er_volgens 0:15
b:er_zelf 0:13
b:er_zijn 0:14
b:eraan_? 7:11
b:erg_op 0:-14 5:19
b:ervaring_niet 0:11
b:eten_? 5:13
b:feedback_van 0:16
b:fout_op 0:14
b:ga_je 0:-20 1:29 7:22
b:ga_jij 3:18
b:ga_voor 0:-14 8:18
b:gaan_? 2:23
b:gaan_bekijken 4:12
b:gaan_samen 1:21
b:gaan_werken 0:-16 5:22
b:gaat_? 5:14
b:gaat_doen 0:-16 2:17 7:18
b:gaat_het 1:14 5:21
b:gastles_van 0:10
b:gebracht_? 0:10
b:gebrek_aan 1:28
b:gebruik_je 0:-10 5:24
b:gedaan_? 7:10
b:gedaan_om 0:17
b:gedacht_? 4:29
b:geef_je 1:19
b:geeft_ruimte 0:12
b:geen_idee 0:10 1:11
b:geen_loopbaanbegeleiding 0:23
b:geen_profiel 7:13
b:geen_werk 5:13
b:gekozen_? 3:13
b:geleerd_? 0:27
b:geleerd_dat 0:11
b:gelukt_? 1:23
b:gemaakt_? 6:11
b:gemiddelde_voor 2:13
b:geneeskunde_is 8:15
b:genoeg_geld 5:15
b:genoeg_voor 2:31
b:geschikt_voor 0:-12 8:27
b:gesprek_met 0:12 7:27
b:gevoerd_en 5:-11 6:13
b:gewend_ben 0:34
b:gewoon_bij 8:14
b:gewoon_niet 1:25
b:gewoon_voor 7:10
b:gezin_en 5:34
b:ging_anders 0:12
b:ging_het 0:10
b:goed_? 4:11
b:goed_bij 0:-19 4:26
b:goed_in 0:-12 1:13
b:goed_met 4:13
b:goed_om 2:13
b:graag_met 0:25
b:groep_<grade> 0:-11 2:15
b:haal_je 7:13
b:had_je 0:10
b:halen_? 0:-22 2:31
b:halen_om 2:17
b:havo_? 2:15
b:havo_is 8:15
b:hbo_? 4:17
b:hbo_of 0:17
b:heb_je 3:-15 6:29 7:-16
b:heb_jij 0:-11 3:16
b:hebben_? 1:15
b:hebben_om 0:11
b:hebben_vaak 0:-11 4:23
b:hebt_een 0:12 2:14
b:hebt_ingeleverd 6:11
b:hebt_je 0:41
b:hebt_nog 7:25
b:hebt_nu 6:14
b:heeft_al 3:25 7:13
b:heeft_die 0:11
b:heeft_het 7:12
b:heeft_ingeleverd 7:20
b:heeft_je 6:33
b:heeft_mag 7:11
b:heeft_recht 0:19 7:-13
b:heeft_weinig 1:16 8:10
b:helft_van 1:28
b:helpen_? 1:14
b:helpt_jou 4:13
b:hem_met 0:11
b:herken_je 1:16 4:14
b:het_? 0:-24 7:25 8:13
b:het_aan 7:12
b:het_beroep 0:18 1:-13
b:het_best 4:22
b:het_beste 8:31
b:het_bij 0:-32 3:26 7:12
b:het_dat 0:-24 1:28 3:14
b:het_de 0:11
b:het_een 5:11
b:het_eerst 1:21
b:het_eerste 2:14 5:10
b:het_fijnst 4:11
b:het_formulier 6:12
b:het_gaat 5:11
b:het_gerust 5:13
b:het_gesprek 0:18 6:13
b:het_hbo 4:38 8:20
b:het_in 2:12 7:10
b:het_is 0:16
b:het_je 3:13
b:het_jou 0:-18 1:19 4:17
b:het_kan 0:13
b:het_keuzedeel 0:15
b:het_kiezen 0:-12 5:15
b:het_leerbedrijf 6:12
b:het_leukst 0:16
b:het_liefst 0:24 4:12
b:het_lijkt 0:-11 8:17
b:het_loopbaangesprek 0:12 7:13
b:het_maken 0:13
b:het_mbo 0:-14 8:25
b:het_meest 4:16 5:-24 6:-30
b:het_met 0:-19 5:44 6:22
b:het_minst 1:21 3:11
b:het_niet 0:-18 8:17
b:het_niveau 8:12
b:het_nog 0:14 7:17
b:het_om 0:21
b:het_onderwijs 8:11
b:het_op 0:-11 1:13 4:26
b:het_over 1:18
b:het_praktijkonderwijs 0:-24 3:13 4:22
b:het_profiel 0:12
b:het_roc 1:16
b:het_samenwerken 0:15
b:het_schoolexamen 0:-16 2:29
b:het_te 7:41
b:het_team 8:19
b:het_tempo 1:15
b:het_thuis 5:13
b:het_vak 0:16
b:het_verst 3:25
b:het_voor 0:12
b:het_vwo 0:-13 1:-12 2:11 3:24 8:32
b:het_werk 0:22
b:het_ziekenhuis 0:-10 5:14
b:het_zo 1:13
b:het_zou 0:-13 8:17
b:hielp_je 0:12
b:hoe_ben 0:37 5:-26
b:hoe_denk 0:-11 1:11 4:13
b:hoe_ga 0:39 1:39
b:hoe_gaat 5:24
b:hoe_ging 0:10
b:hoe_heb 0:18
b:hoe_het 5:15
b:hoe_houd 2:11
b:hoe_is 0:-39 1:20 5:64
b:hoe_je 0:10 2:18
b:hoe_jij 0:11 5:15
b:hoe_kan 3:10
b:hoe_kijk 0:12 1:10 2:13 3:-11
b:hoe_kom 0:14
b:hoe_komt 0:-19 1:22 3:26
b:hoe_krijg 2:13
b:hoe_laat 5:15
b:hoe_lang 7:22
b:hoe_pak 0:-15 4:19
b:hoe_pakte 0:12
b:hoe_snel 7:19
b:hoe_staan 0:-14 2:19
b:hoe_staat 0:-14 3:14 6:25
b:hoe_voelt 3:24
b:hoe_was 0:33
b:hoe_wil 1:27 2:21
b:hoe_ziet 0:13
b:hoe_zit 0:-13 3:26
b:hoe_zou 0:25
b:hoeveel_onvoldoendes 0:-15 2:29
b:hoeveel_open 6:13
b:hoeveel_punten 2:11
b:hoeveel_uur 5:31
b:hoeveel_van 2:17 5:-10 6:16
b:hoofddoek_draagt 4:15
b:hoog_gegrepen 8:14
b:hoor_je 3:13 4:23 8:11
b:houd_je 2:10
b:houdt_je 7:16
b:houdt_jou 0:-16 1:16 3:15
b:hun_handen 0:-11 4:19
b:idee_hebt 0:12
b:idee_voor 3:12
b:iedereen_in 3:11
b:iedereen_kent 0:12
b:iemand_? 4:12
b:iemand_bij 5:12
b:iemand_die 0:18 1:43
b:iemand_met 4:11
b:iemand_uit 0:10
b:iemand_zoals 8:24
b:iets_anders 0:17
b:iets_in 6:10
b:iets_met 0:-10 4:-12 8:33
b:iets_moet 0:-13 1:17
b:iets_over 0:18
b:iets_uitleggen 0:14
b:iets_van 0:32
b:iets_voor 0:-13 2:16 3:28 4:30 8:-28
b:iets_waar 0:-20 8:18
b:iets_wat 1:13
b:ik_ben 0:12
b:ik_dat 0:16 7:-11
b:ik_denk 0:15
b:ik_gewend 0:11
b:ik_het 7:20
b:ik_je 0:-24 7:28
b:ik_jou 8:20
b:ik_niet 0:18
b:ik_van 0:24 1:13
b:ik_vragen 5:15
b:ik_wil 7:14
b:ik_zag 0:13 2:22
b:ik_zie 8:18
b:in_<grade> 1:15 3:21
b:in_? 6:10 7:18
b:in_aanraking 1:21
b:in_anders 7:17
b:in_bent 1:14
b:in_cijfers 0:15
b:in_de 0:10 4:49 6:-14 7:-13 8:26
b:in_die 0:15
b:in_dit 2:32
b:in_een 0:21 5:32 7:-12 8:11
b:in_groep 0:-11 2:15
b:in_het 0:44 1:-14 5:26 6:27
b:in_je 1:-15 3:25 6:44 7:-13
b:in_jouw 4:19
b:in_leerjaar 1:20
b:in_magister 6:17
b:in_november 3:10
b:in_plaats 8:12
b:in_taal 1:12
b:in_te 0:-10 1:16
b:in_veel 0:12
b:in_voor 0:-15 7:20
b:in_welk 0:16
b:in_welke 1:20
b:in_wilt 0:-15 1:13
b:ingeleverd_? 6:18
b:ingevuld_? 6:24
b:inmiddels_op 6:17
b:interessant_? 0:14
b:is_? 7:17
b:is_anders 0:17
b:is_daar 2:13
b:is_dat 0:-18 3:14 4:10
b:is_de 5:22 6:14 8:27
b:is_echt 7:19
b:is_een 2:12 4:14 8:30
b:is_eigenlijk 0:-13
b:is_elke 0:17
b:is_er 0:15 5:11
b:is_geen 0:41 4:-12 8:-19
b:is_heel 0:19 8:-12
b:is_helemaal 4:20 8:-20
b:is_het 0:-39 2:-13 5:16 7:22 8:15
b:is_je 1:-12 2:26 6:41
b:is_niet 1:32 4:-11
b:is_nog 1:30 5:26 6:-15
b:is_om 0:-13 8:15
b:is_ook 0:18 3:32 8:-20
b:is_prima 0:17
b:is_te 8:17
b:is_vol 6:11
b:is_voor 2:-12 6:15 7:-11 8:23
b:is_welke 1:12
b:is_werk 0:-13
b:is_zonde 8:16
b:jaar_al 3:11
b:jaar_thuis 7:14
b:je_<grade> 0:11
b:je_? 0:-50 3:12 4:40 5:-21 6:-22 8:21
b:je_aan 2:14 4:22 7:16
b:je_aanmeldt 2:12
b:je_afspraken 1:31
b:je_al 1:35 2:-16 3:-15 6:-33
b:je_alle 6:21
b:je_als 0:30 3:-13
b:je_begeleider 0:-24 6:26
b:je_bent 0:-41 1:47 8:36
b:je_beter 4:22 8:10
b:je_bij 2:13 3:30 5:-11 6:13
b:je_bijbaan 0:33
b:je_bpv 6:13
b:je_bpv-uren 6:20
b:je_broer 3:24
b:je_brood 0:-10 8:13
b:je_cijfer 2:20
b:je_cijferlijst 2:30
b:je_cijfers 0:-39 2:80
b:je_concentratie 0:-13 1:22 5:22
b:je_cv 8:12
b:je_daar 6:-12
b:je_daaraan 0:-22 2:14 3:27
b:je_daarbij 1:15
b:je_daarmee 5:15
b:je_dacht 0:14
b:je_dan 1:39 4:-15 8:12
b:je_dat 1:32 3:-39 4:22 5:-29 6:-13 7:-21 8:17
b:je_de 0:12 2:-11 5:14 6:17
b:je_deze 7:31
b:je_die 2:35 6:20
b:je_diploma 8:12
b:je_dit 1:14 6:10
b:je_doen 0:-11 1:16 6:12
b:je_doet 0:34 8:-10
b:je_door 0:13
b:je_dossier 6:12
b:je_droomstudie 0:-18 8:16
b:je_echt 7:10
b:je_een 0:-47 1:15 2:12 3:-20 6:-22
b:je_eens 0:12
b:je_eerste 0:42
b:je_eigen 0:28 1:24
b:je_eigenlijk 1:55
b:je_en 0:12
b:je_er 0:14 8:13
b:je_eraan 0:-24 1:25 7:11
b:je_ergens 1:16
b:je_eruit 7:19
b:je_ervan 0:13
b:je_familie 5:18
b:je_gaat 7:20
b:je_gebracht 0:10
b:je_gemiddelde 0:-13 2:41
b:je_gewend 0:33
b:je_gezondheid 5:11
b:je_goed 0:17
b:je_graag 0:12
b:je_groep 0:-14 3:32
b:je_handen 4:19
b:je_hebt 0:16 6:37 7:26
b:je_herkansen 0:-16 2:32
b:je_het 0:45 1:17 5:-12 6:-16 7:16
b:je_hoe 0:13
b:je_hoeft 0:27 8:-10
b:je_hoofd 4:13
b:je_hoort 0:-27 8:25
b:je_houding 0:-14 1:23
b:je_iets 0:12 1:14
b:je_in 3:-12 4:-16 5:19 6:-19
b:je_interessant 0:11
b:je_je 1:-15 2:30 4:-18 7:38
b:je_jezelf 0:20 5:-11
b:je_jouw 1:14
b:je_juist 0:14
b:je_kans 7:21
b:je_kansen 0:-13 7:30
b:je_ken 0:11
b:je_keuze 0:28 2:11 6:-14 7:13
b:je_kiezen 3:11
b:je_klaar 6:19
b:je_klas 0:-15 3:44
b:je_klasgenoten 0:-14 1:-11 3:50
b:je_kunt 7:19 8:11
b:je_laagste 0:-25 2:26
b:je_laat 5:14
b:je_laatst 0:30
b:je_laatste 2:11
b:je_laten 0:10
b:je_later 2:14 8:16
b:je_leerbedrijf 0:-12 7:17
b:je_leren 0:-16 3:14
b:je_lob-punten 5:-11 6:33
b:je_loopbaandossier 6:17
b:je_mag 0:21
b:je_medicijnen 0:-20 5:52
b:je_mee 0:41
b:je_meer 8:12
b:je_mentale 5:11
b:je_mentor 0:-20 6:13 7:18
b:je_met 0:36 7:11
b:je_minder 5:13
b:je_mist 0:-10 1:43 6:16
b:je_moeder 0:-25 5:39 8:14
b:je_moeilijk 0:11
b:je_moet 8:14
b:je_na 5:10
b:je_naar 1:10 5:28
b:je_nederlands 1:31 6:-16
b:je_neef 3:25
b:je_netwerk 0:24 8:-10
b:je_niet 6:-12 7:20
b:je_nieuwsgierig 0:25
b:je_noemde 0:11
b:je_nog 0:24 1:-20 3:-12
b:je_nu 0:28 6:11 7:17
b:je_om 0:32 2:-12
b:je_onlangs 0:18
b:je_ooit 1:19
b:je_op 0:10 1:-11 2:29
b:je_opleiding 5:16
b:je_orientatie 0:-10 3:20
b:je_ouders 0:-19 1:-23 2:-11 3:-10 4:19 5:43 7:22
b:je_over 0:23
b:je_plan 5:19 8:22
b:je_plannen 5:25
b:je_plek 7:22 8:14
b:je_portfolio 0:-11 3:11 6:34
b:je_praktijkopleider 1:13 6:23
b:je_precies 5:14
b:je_profielkeuze 0:16 1:10
b:je_profielkeuzeformulier 6:20
b:je_rapport 0:-28 2:49
b:je_rapportcijfers 0:-30 2:52
b:je_resultaten 0:-21 2:16
b:je_snuffelstage 4:20 6:12
b:je_staat 0:18
b:je_stage 0:26 1:11 5:28 8:19
b:je_straks 2:15
b:je_studie 5:13
b:je_studiekeuze 2:13 3:19 5:14
b:je_te 0:17
b:je_thuis 5:19
b:je_tijdens 0:11
b:je_toch 0:-11 1:24 4:27
b:je_toen 0:19
b:je_tot 1:10
b:je_trekt 0:17
b:je_trots 0:17
b:je_tussen 7:13
b:je_twijfelt 7:16
b:je_vaak 1:21
b:je_vader 0:-21 5:26 8:13
b:je_vak 0:13
b:je_van 0:11 6:12
b:je_vandaag 0:23 6:13
b:je_vast 0:-22 2:16 4:40
b:je_veel 8:11
b:je_vertelde 0:15
b:je_volgend 7:14
b:je_volgende 0:13
b:je_voor 0:-18 2:14 4:21 5:-11 6:22
b:je_voortgangsbalk 6:26
b:je_vorige 0:17
b:je_vraagt 1:14
b:je_vragen 0:16
b:je_vrienden 0:13 1:-11 3:31
b:je_wacht 7:21
b:je_wat 1:12
b:je_weet 7:13
b:je_wel 0:24 5:19
b:je_weleens 5:15
b:je_werk 5:18
b:je_werkstuk 0:10
b:je_wilde 0:14
b:je_wilt 3:-12 5:-11 8:17
b:je_zei 0:15
b:je_zeker 4:17
b:je_zelf 0:12 1:22 2:-13 7:19
b:je_zit 1:21
b:je_zo 0:-15 1:22 5:19 7:14
b:je_zo'n 0:14
b:je_zoekt 0:14
b:je_zoiets 4:11
b:je_zus 3:26
b:je_zwakke 0:-16 1:26
b:jezelf_? 4:12
b:jezelf_eens 0:-13 3:25
b:jij_? 3:14
b:jij_als 3:25
b:jij_altijd 1:30
b:jij_anders 3:14
b:jij_bent 4:16 8:14
b:jij_bij 1:18
b:jij_daar 2:14
b:jij_dan 0:12
b:jij_dat 1:-16 4:22
b:jij_degene 3:16
b:jij_denk 3:14
b:jij_doen 1:13
b:jij_eigenlijk 5:13
b:jij_en 0:10
b:jij_het 3:10
b:jij_je 7:11
b:jij_jezelf 0:-13 1:19
b:jij_komt 4:19
b:jij_later 4:11
b:jij_leuk 0:12
b:jij_net 3:13
b:jij_niet 1:-16 3:28
b:jij_nog 0:-19 1:30 3:17
b:jij_of 0:-11 3:31 5:-13
b:jij_ook 3:-19 4:31
b:jij_zelf 1:11
b:jij_zo 1:23 3:-13
b:jou_? 0:19 3:44 4:15
b:jou_aan 0:-11 2:16
b:jou_als 4:17
b:jou_anders 3:17
b:jou_bij 3:19
b:jou_dan 4:16
b:jou_dat 0:-20 1:17
b:jou_de 1:11 2:13
b:jou_echt 8:22
b:jou_een 1:17
b:jou_en 0:12
b:jou_het 0:18
b:jou_in 0:19
b:jou_niet 3:12
b:jou_nooit 0:-11 1:24
b:jou_om 0:-20 1:29
b:jou_op 0:17
b:jou_tegen 0:-27 1:28
b:jou_thuis 5:25
b:jou_was 8:19
b:jou_wat 0:12
b:jou_zijn 3:16
b:journalisten_werken 0:11
b:jouw_cijfer 2:21
b:jouw_cultuur 0:-16 4:41
b:jouw_keuze 5:24
b:jouw_korte 1:23
b:jouw_leeftijd 3:10
b:jouw_plan 3:10
b:jullie_thuis 5:20
b:kan_een 0:17
b:kan_het 0:-19 8:10
b:kan_ik 6:13
b:kan_je 1:14
b:kan_jouw 5:12
b:kan_ook 0:10
b:kan_tot 0:18
b:kansen_op 7:15
b:kant_van 0:12
b:keer_dat 7:17
b:ken_je 0:24 1:16
b:kent_ze 0:12
b:keuze_? 0:-13 1:20
b:keuze_blijft 0:12
b:keuze_en 0:19
b:keuze_in 7:13
b:keuze_voor 5:24 8:13
b:keuzes_die 0:14
b:kies_gewoon 8:11
b:kies_iets 0:-14 8:25
b:kies_je 0:-37 7:34 8:29
b:kies_jij 3:14
b:kiest_? 0:-12 1:16
b:kiezen_? 0:-19 1:28 3:17 4:-10
b:kiezen_vaak 4:26
b:kiezen_van 5:15
b:kijk_eens 3:12
b:kijk_je 1:13 2:14
b:kijk_jij 0:15
b:kijken_? 4:17
b:kijken_welke 0:15
b:kijkt_? 1:15
b:kind_van 4:16
b:klaar_met 6:24
b:klasgenoten_die 0:-19 3:31
b:klik_leg 0:14
b:klok_tikt 7:21
b:klopt_dat 4:16
b:kom_je 1:24
b:komen_? 6:11
b:komen_meestal 0:-10 4:19
b:komt_dat 3:16
b:komt_er 1:12
b:komt_het 0:-18 1:26
b:komt_later 3:15
b:komt_uit 4:19
b:komt_van 0:11
b:korte_spanningsboog 1:23
b:krijg_je 0:-12 1:18 2:10
b:krijgen_jullie 5:14
b:kun_je 0:-32 1:11 4:21 7:19 8:-15
b:kun_jij 0:11
b:kunnen_je 5:12
b:kunnen_net 0:14
b:kunt_je 0:-10 7:21
b:kwam_? 0:-16 1:28
b:laagste_cijfer 0:-25 2:26
b:laat_die 0:-11 8:15
b:laat_is 7:37
b:laat_je 6:48 7:-20
b:laat_me 7:-12
b:laat_zien 0:25 2:11
b:laatst_de 0:17
b:laatst_echt 0:11
b:laatste_tijd 0:-12 5:24
b:lang_denk 7:22
b:lastig_? 0:13
b:laten_aftekenen 6:12
b:laten_schieten 8:12
b:laten_we 2:31
b:later_meer 8:15
b:later_ook 7:10
b:later_wilt 0:17
b:leerbedrijf_? 0:-12 1:13 6:13
b:leerbedrijf_vindt 7:11
b:leerjaar_<grade> 1:20
b:leerling_in 1:11
b:leerling_niet 0:23
b:leerling_uit 0:-36 3:22 4:16
b:leerlingen_die 0:-11 3:19
b:leerlingen_in 3:11
b:leerlingen_kennen 0:12
b:leerlingen_met 4:11
b:leerlingen_uit 3:14
b:leerlingen_van 3:12
b:leert_? 0:14
b:leg_je 0:11 3:11
b:leren_? 4:14
b:leren_kennen 0:10
b:leren_van 3:13
b:let_je 0:-12 5:21
b:let_op 0:-14 7:10
b:leuk_vindt 0:26
b:lever_je 0:-12 7:51
b:lichamelijke_opvoeding 1:14
b:liefst_? 0:12
b:liever_iets 8:15
b:liever_niet 0:10
b:lig_je 7:19
b:ligt_dan 2:12
b:ligt_je 1:20
b:lijkt_dat 0:27 4:-16
b:lijkt_een 0:-11 4:19
b:lijkt_je 1:15 4:12 8:16
b:lijkt_me 0:-11 8:21
b:lijstje_met 3:16
b:loopbaanbegeleiding_is 0:11
b:los_van 0:18
b:lukt_het 0:-17 5:15
b:maakt_? 7:15
b:maakt_het 1:19
b:maakte_je 0:13
b:maandag_niet 7:16
b:maar_met 8:14
b:maar_toch 0:11
b:maart_geen 7:10
b:mag_ik 5:15
b:mag_je 0:11 2:12
b:mag_niet 0:-16 7:29
b:maken_? 2:-15
b:me_weten 0:15 7:-11
b:mee_? 3:13
b:mee_in 1:21
b:mee_naar 7:15
b:mee_op 7:13
b:mee_te 8:11
b:meedenkt_? 0:22
b:meekijkt_? 7:13
b:meeloopdag_al 6:14
b:meer_? 4:11
b:meer_bij 0:14
b:meer_op 3:10 8:13
b:meer_van 3:-14 4:15
b:meest_? 0:23
b:meest_bijgebleven 0:17
b:meest_geleerd 0:15
b:meest_in 0:-18 1:31
b:meest_op 0:10
b:meest_over 0:-13 2:18
b:meest_realistisch 0:-14 4:29
b:meestal_een 0:18
b:meestal_in 0:-11 4:33
b:meestal_niet 0:-11 4:13
b:meeste_leerlingen 3:15
b:meisjes_kiezen 4:20
b:mens_en 0:12
b:mensen_die 0:12
b:mentale_gezondheid 5:11
b:merk_je 0:14 5:10
b:merkt_dat 0:21
b:met_adhd 0:-10 4:23
b:met_de 0:-34 3:43 7:18
b:met_dyslexie 4:17
b:met_een 0:53 1:-16 2:22 4:15 8:-17
b:met_het 0:-44 1:18 5:40
b:met_hun 0:-23 3:17 4:17
b:met_iemand 0:10 5:11
b:met_je 0:-31 1:-28 3:25 5:75 6:21
b:met_jouw 0:-23 1:36 8:23
b:met_kinderen 8:17
b:met_leren 1:14
b:met_lob 6:18
b:met_meer 0:13
b:met_ouders 0:-13 7:14
b:met_welk 2:30
b:met_wie 0:27 5:-11
b:mij_? 0:17
b:mijn_advies 0:-11 8:20
b:minder_aan 5:13
b:mis_jij 1:17
b:misschien_is 0:-11 1:13
b:mist_? 1:13 3:-11
b:mist_de 0:-10 1:47
b:moeder_? 5:15
b:moeder_en 0:-14 5:16
b:moeite_met 1:10
b:moet_een 0:22 1:-12
b:moet_er 6:12
b:moet_je 0:-22 1:24
b:moet_werken 0:11
b:mogelijk_wat 4:10
b:mogelijke_vervolgstap 0:12
b:moment_op 0:10
b:moment_vast 0:14
b:morgen_je 7:11
b:na_de 1:11
b:na_een 3:11
b:na_je 0:14 8:26
b:na_school 5:13
b:naar_bed 0:-10 5:17
b:naar_de 0:-49 4:11 5:-19 6:-18 7:14
b:naar_een 0:16
b:naar_het 3:10 8:13
b:naar_je 2:13 5:30
b:naar_jezelf 1:16
b:naar_wat 1:10
b:naast_de 0:20
b:nacht_? 5:10
b:nam_jij 0:16
b:natuur_en 8:28
b:nederlands_dan 3:11
b:neem_je 0:11 8:14
b:nemen_? 4:19
b:nemen_bij 3:15
b:nemen_voor 1:21 2:-12
b:net_zo 3:18
b:netwerk_delen 0:24 8:-10
b:niet_? 0:28 1:-12 3:32 4:-12
b:niet_aan 0:-14 8:14
b:niet_alleen 0:28
b:niet_alles 1:23
b:niet_altijd 0:13
b:niet_beter 8:11
b:niet_bij 8:20
b:niet_dan 7:19
b:niet_doen 3:10
b:niet_door 0:23
b:niet_ervoor 0:21
b:niet_geschikt 0:-12 8:27
b:niet_hebt 3:13
b:niet_iedereen 0:16
b:niet_jouw 0:-14 1:15
b:niet_kiest 7:11
b:niet_mee 0:-19 6:30 7:13
b:niet_meer 0:17 4:14
b:niet_ook 3:10
b:niet_op 0:-17 4:21 7:14
b:niet_over 0:11 7:16
b:niet_past 0:13
b:niet_slimmer 8:12
b:niet_snel 7:11
b:niet_te 0:20 4:10 8:-15
b:niet_teleur 7:10
b:niet_voor 7:27
b:niet_wilt 0:10
b:niet_wist 0:17
b:niet_wordt 0:11
b:niet_zo 1:14
b:niet_zo'n 1:29
b:niets_heeft 7:14
b:nieuwe_kwaliteiten 0:13
b:nieuwsgierigheid_is 0:21 8:-14
b:niks_voor 0:14 8:19
b:niveau_<grade> 1:13 8:22
b:niveau_is 0:-17 8:16
b:nodig_? 0:11
b:nodig_om 0:-17 5:10
b:nodig_voor 2:11
b:noemen_dat 0:11
b:nog_<grade> 6:18
b:nog_? 6:19
b:nog_bezig 0:11
b:nog_een 0:12 7:27 8:-12
b:nog_geen 0:11 1:-13 3:14
b:nog_in 0:-15 5:10 6:25
b:nog_meer 0:18
b:nog_mist 1:11
b:nog_niet 0:25 1:-36 5:11 6:14 7:-32 8:-14
b:nog_nodig 2:14
b:nog_om 1:11
b:nog_op 0:-22 6:36 7:12
b:nog_steeds 0:-17 5:38 6:-18 7:12
b:nog_te 7:27
b:nog_tegen 7:15
b:nog_tot 7:12
b:nog_twee 0:-12 6:18 7:12
b:nog_uitzoeken 0:11
b:nog_wel 1:22
b:nog_willen 0:-12 7:10
b:nu_? 0:-14
b:nu_al 0:-11 2:15
b:nu_de 0:10 7:10
b:nu_eenmaal 0:-10 4:18
b:nu_je 5:34
b:nu_niet 7:12
b:nu_wat 0:11
b:of_achter 0:10
b:of_ben 0:-11 5:16
b:of_bij 3:13
b:of_de 4:34
b:of_er 5:10
b:of_in 4:10
b:of_je 0:-33 3:32 5:28
b:om_de 6:10
b:om_door 2:13
b:om_een 3:12
b:om_eerst 2:17
b:om_het 0:15
b:om_in 5:22
b:om_je 2:10
b:om_mee 8:12
b:om_met 0:38
b:om_na 8:12
b:om_op 1:17 6:13
b:om_over 2:14
b:om_te 0:14 5:12
b:om_voor 0:-11 8:16
b:om_zelf 1:13
b:omdat_je 0:-18 1:17 4:33
b:omhoog_? 2:16
b:omweg_is 0:18
b:onder_de 1:23 5:-12
b:onderdelen_van 6:32
b:onderzoeken_? 4:13
b:ons_volgende 0:10
b:ontbreekt_er 0:-19 6:21
b:ontbreken_nog 6:19
b:ontdek_je 0:12
b:ooit_een 1:12
b:ook_? 4:18
b:ook_bij 1:18
b:ook_een 0:28 8:-10
b:ook_naar 3:11
b:ook_niet 0:-15 1:16 7:10
b:op_<num> 6:26
b:op_? 0:19 7:15
b:op_bent 0:12
b:op_dan 0:-11 3:22
b:op_de 0:11 3:20 4:-12 6:-34
b:op_dit 2:16 5:23
b:op_een 0:21
b:op_groen 0:-10 6:31
b:op_het 2:11 4:39
b:op_je 0:13 3:-12 8:29
b:op_jouw 7:20
b:op_rood 6:17
b:op_school 1:18
b:op_te 2:22
b:op_tijd 1:11 7:30
b:op_voltooid 6:13
b:op_wat 5:21
b:op_welke 1:11
b:op_werk 8:13
b:open_dag 0:13 1:22 3:11 6:20
b:open_dagen 0:17 3:16
b:opleiding_? 5:33
b:opleiding_dan 0:21
b:opleiding_die 0:24
b:opleiding_is 1:10
b:opleiding_je 0:16
b:opleiding_kiezen 0:-10 1:11
b:opleiding_met 0:-13 5:15
b:opleiding_tot 8:10
b:opleiding_van 2:14
b:opleiding_wil 3:12
b:opleiding_wordt 0:-14 7:28
b:opleidingen_die 0:10
b:oplossen_? 1:24
b:opties_open 8:13
b:ouders_? 0:-16 5:21
b:ouders_hebben 3:11 8:14
b:ouders_het 0:11
b:ouders_worden 7:12
b:over_? 0:-24 1:17 3:15 5:17
b:over_de 1:10 5:12 8:11
b:over_een 0:21
b:over_hebben 1:19
b:over_hoe 0:13
b:over_je 1:-13 2:11 5:26
b:over_jezelf 0:31
b:over_jou 1:22
b:over_naar 7:12
b:over_te 2:25
b:over_wat 2:19
b:overwegen_? 4:16
b:overzicht_van 6:14
b:pak_je 2:23
b:pak_jij 0:-15 4:19
b:past_beter 4:15
b:past_bij 4:17
b:past_daar 3:18
b:past_daarbij 0:-11
b:past_dan 1:10
b:past_dat 0:-15 2:20
b:past_een 4:13
b:past_niet 8:25
b:per_nacht 5:26
b:pie_? 1:15
b:plaats_van 8:12
b:plan_b 0:11
b:plan_je 6:32
b:plan_om 0:-15 5:21
b:plannen_? 5:25
b:plek_? 0:17
b:praktijkleerlingen_zijn 0:-11 4:19
b:praktisch_ingesteld 4:11
b:praktische_beroepen 4:13
b:praten_we 0:11
b:prima_als 0:17
b:proberen_? 1:11
b:profiel_? 0:17
b:profiel_kiest 2:16
b:rapport_er 0:-18 2:24
b:recht_op 0:19 7:-13
b:redden_het 0:-15 4:24
b:rest_van 0:-10 3:19 7:18
b:resultaat_tot 0:11
b:resultaten_zijn 0:-11
b:richting_trekt 0:-12 4:24
b:rond_de 5:19
b:ruimte_voor 0:14
b:samen_kijken 0:15
b:samen_op 1:10
b:sanne_heeft 3:12
b:scheiding_van 5:18
b:schiet_tekort 1:17
b:school_en 6:13
b:sinds_de 2:14 5:20
b:sinds_je 5:15
b:slaap_je 5:27
b:slik_je 5:15
b:slimmer_zijn 8:12
b:sluit_de 0:-11 7:21
b:snel_een 7:11
b:spanningsboog_wordt 1:23
b:spreekt_je 4:11
b:spreekt_zulk 0:18 4:-13
b:spreken_je 0:-12 4:17
b:sta_je 0:-23 3:19 6:29
b:sta_jij 3:25
b:staan_er 6:19 8:15
b:staan_je 0:-17 2:19
b:staat_een 0:-19 1:29
b:staat_het 0:-14 3:14 6:26
b:staat_je 2:15
b:staat_naast 0:21
b:staat_op 6:35
b:stage_bij 0:18 8:10
b:stage_of 0:17
b:stageplek_past 8:15
b:stageplek_te 0:-13 1:27
b:stageplek_voor 7:21
b:stap_? 0:14
b:start_van 0:11
b:steeds_geen 0:-10 1:15
b:steeds_niet 7:17
b:stel_dat 0:11
b:stel_je 0:19
b:stop_met 0:-12 8:14
b:straks_de 0:11
b:straks_op 1:20
b:studeren_? 4:13
b:studie_in 0:13 8:14
b:studie_wordt 4:21
b:studiekeuze_? 0:-27 2:17 3:23
b:te_beginnen 8:12
b:te_blijven 5:14
b:te_denken 5:11
b:te_doen 0:11 8:12
b:te_gaan 0:-33 2:13 5:14 6:17 8:11
b:te_hoog 0:-13 8:25
b:te_kiezen 0:14
b:te_komen 6:12 7:12
b:te_krikken 2:19
b:te_kunnen 0:-21 7:26
b:te_laat 0:-22 1:12 7:81
b:te_lang 7:13
b:te_laten 8:11
b:te_leren 0:12
b:te_maken 1:13 6:12
b:te_mogen 2:16
b:te_nemen 1:19
b:te_orienteren 0:12
b:te_regelen 3:11
b:te_slagen 2:14
b:te_stromen 8:10
b:te_veel 8:13
b:te_vinden 1:12
b:te_weten 8:17
b:te_zeggen 0:11
b:te_zetten 1:13
b:te_zijn 0:-11 1:34
b:te_zoeken 0:24 1:11 8:-14
b:techniek_is 4:12
b:tegen_? 3:11 7:16
b:tegen_om 0:-17 1:19
b:tempo_bij 0:11
b:tempo_van 1:14
b:terug_? 0:12
b:terug_te 0:12
b:thuis_een 5:12
b:thuis_of 0:14 5:-11
b:thuis_op 5:20
b:thuis_van 0:-11 5:14
b:thuis_voor 5:17
b:tijdens_de 5:13
b:tijdens_het 0:17
b:toch_iets 0:11
b:toch_niet 4:15
b:toegelaten_tot 2:15
b:toen_nog 0:10
b:tot_<grade> 0:23
b:tot_de 2:16
b:tot_het 0:-16 3:15 7:16
b:tot_vrijdag 7:12
b:trekt_je 0:10 1:12 4:34
b:trok_je 0:27
b:trots_op 0:21
b:twee_keer 1:25
b:twee_opleidingen 0:15
b:twee_weken 0:-10 7:19
b:twijfel_over 5:13
b:typisch_een 0:-16 4:23
b:typische_havist 4:16
b:u_de 0:-12 5:15
b:uit_<grade> 0:-19 3:11
b:uit_de 0:-21 3:14 6:33
b:uit_een 0:-24 4:41
b:uit_het 0:14
b:uit_je 3:19 8:13
b:uit_jouw 4:17
b:uit_om 0:12
b:uit_te 0:33 8:-11
b:uiterlijk_morgen 7:13
b:uitslag_van 0:-17 2:21
b:uitzoeken_voordat 0:18
b:upload_je 6:28
b:uur_per 5:17
b:uur_slaap 5:10
b:vaak_een 4:28
b:vaak_het 4:10
b:vaak_moe 5:12
b:vaak_niet 0:-11 4:23
b:vaak_te 1:22
b:vaak_voor 0:-12 4:35
b:vaak_ziek 5:24
b:vader_nog 5:43
b:vader_of 5:-15 6:26
b:vak_? 0:12
b:vak_al 1:10
b:vak_een 0:-17 2:20
b:vak_hoort 0:11
b:vak_met 4:11
b:vak_trekt 0:-11 2:17
b:val_je 7:12
b:van_<grade> 3:14 6:12 7:13
b:van_? 2:14
b:van_alle 3:13
b:van_als 0:10
b:van_anderen 0:19
b:van_de 0:-15 3:-15 6:60 7:-15
b:van_deze 2:16 6:11
b:van_een 0:26 5:10
b:van_het 8:-10
b:van_je 0:-41 2:20 3:46 4:-12 5:33
b:van_jezelf 1:27
b:van_jullie 3:40 5:-13
b:van_niveau 1:14 8:13
b:van_twee 7:11
b:van_vorig 3:10
b:van_werk 5:11
b:vandaag_? 7:12
b:vandaag_nog 7:25
b:varen_en 8:23
b:vast_heel 2:16
b:veel_deuren 8:13
b:veel_meer 0:-27 1:13 3:13
b:verbeteren_? 0:-10 1:14
b:verder_? 1:26
b:verder_met 0:-14 3:33
b:verdient_een 0:14
b:vergeleken_met 3:33
b:verkennen_? 0:24
b:verschillende_dingen 0:12
b:verstandig_zijn 0:-13 8:17
b:vertel_eens 0:-19 1:13 2:15 5:43
b:vertel_me 0:14
b:vertel_wat 0:11
b:vertelde_dat 1:-10 5:16
b:vertellen_? 0:19
b:vertellen_of 5:19
b:vervolgopleiding_? 0:-17 5:30
b:vervolgopleiding_denkt 2:10
b:verwacht_je 0:-10 2:18
b:vijf_loopbaancompetenties 0:10
b:vind_je 0:20 8:15
b:vind_jij 0:18
b:vinden_? 1:12
b:vinden_je 0:-15 4:31
b:vindt_? 0:16
b:vink_na 6:13
b:vinkje_bij 6:14
b:vmbo'er_ben 4:16
b:voedselbank_? 5:18
b:voel_je 5:11
b:voelde_je 0:12
b:voelt_dat 3:24
b:vol_te 6:10
b:volgend_jaar 7:14
b:volgende_gesprek 0:11
b:volgende_keer 0:16
b:volgende_stap 0:15
b:volgens_de 8:19
b:volgens_jou 2:28
b:volgt_een 0:-18 7:20
b:volgt_meestal 0:18
b:vond_je 0:34
b:voor_<grade> 0:19 7:15
b:voor_<num> 6:13 7:17
b:voor_biologie 2:22
b:voor_de 0:-35 1:-24 5:-34 6:14 8:18
b:voor_dit 0:13
b:voor_duits 2:13
b:voor_economie 2:17 4:15 6:11
b:voor_een 0:12 2:-17 4:-22 6:-12 8:-14
b:voor_het 2:45 5:23 8:13
b:voor_iemand 0:-17 1:14 8:10
b:voor_iets 0:-19 8:22
b:voor_in 0:-15 1:17
b:voor_je 0:-19 1:16 2:41 5:13 7:-15
b:voor_jezelf 0:13
b:voor_jou 0:42 1:-11 2:-33 5:-14 6:-12 8:21
b:voor_scheikunde 2:20
b:voor_techniek 1:13 4:11
b:voor_vrijdag 0:-18 6:16 8:11
b:voor_wiskunde 2:21
b:voordat_het 6:15 7:19
b:voordat_je 0:-22 1:23 2:34 5:20
b:vorig_jaar 3:27
b:vraag_van 0:11
b:vragen_heb 0:10
b:vragen_in 6:19
b:vragen_of 5:11
b:vragen_te 1:10
b:vrienden_? 3:17
b:vrijdag_je 6:15
b:vul_je 6:22
b:waar_ben 0:27
b:waar_gaat 0:-13 1:17
b:waar_je 0:33 5:10 8:14
b:waar_jij 1:19
b:waar_wil 1:19
b:waar_word 0:11
b:waar_zie 1:19
b:waarbij_je 0:11
b:waarin_je 0:25
b:waarom_? 0:35 2:-12
b:waarom_heb 1:15
b:waarom_jij 3:10
b:waarom_kom 1:18
b:waarom_zou 0:-17 1:-14 3:18 4:16
b:waarop_je 0:13
b:wacht_niet 7:11
b:wacht_wordt 7:21
b:wanneer_ga 7:15
b:wanneer_lever 7:18
b:wanneer_plan 6:12
b:wanneer_voelde 0:12
b:was_dat 0:15
b:was_een 0:-12
b:was_het 0:13
b:was_je 0:-20 2:25 5:18
b:wat_? 1:10 4:12
b:wat_betekent 0:-13 5:19
b:wat_bij 0:15
b:wat_denk 1:22
b:wat_doe 4:-13 5:-10
b:wat_een 0:-71 4:62
b:wat_ga 0:-16 1:13 6:10
b:wat_gaf 0:13
b:wat_ging 0:18
b:wat_heb 0:28 5:-15 6:-15
b:wat_heeft 0:13
b:wat_hielp 0:13
b:wat_houdt 0:-28 1:16 3:14 7:15
b:wat_iemand 0:17
b:wat_is 0:26 2:33 3:-15
b:wat_je 0:55 1:-13 3:-16 4:-18 6:-18 8:11
b:wat_jij 0:17
b:wat_kies 0:-18 4:-11 7:33
b:wat_kun 0:-12 1:11 3:12 6:13
b:wat_kunnen 3:14
b:wat_lijkt 1:11
b:wat_maakt 3:15
b:wat_merk 5:14
b:wat_minder 1:14
b:wat_moet 0:29 1:-12
b:wat_nu 0:-18
b:wat_ontbreekt 0:-19 6:21
b:wat_trekt 0:15
b:wat_vind 0:19
b:wat_vinden 0:-15 4:20
b:wat_vond 0:24
b:wat_voor 0:-20 1:15 4:22
b:wat_was 0:-11 2:24
b:wat_weet 0:16
b:wat_wil 0:25 2:-15 8:16
b:wat_ze 0:-21 3:33
b:wat_zegt 0:-35 1:16 2:13 5:19
b:wat_zie 2:18
b:wat_zijn 1:12
b:wat_zou 0:41 3:-12
b:we_eerst 1:13 2:12
b:we_gaan 1:21
b:we_hebben 0:11
b:we_het 2:11 6:18
b:we_je 5:12 8:19
b:we_samen 0:15
b:week_een 5:16
b:weet_je 0:19 4:19
b:weet_wat 3:22
b:weg_? 0:-20 1:29 2:10
b:weinig_talent 1:25
b:weken_? 0:11
b:wel_? 1:13
b:wel_betalen 5:12
b:wel_dat 7:35
b:wel_een 0:-19 3:24
b:wel_en 0:10
b:wel_genoeg 5:30
b:wel_vergeten 7:26
b:wel_vragen 1:11
b:weleens_iets 5:12
b:welk_advies 0:16
b:welk_beroep 0:12 1:40
b:welk_cijfer 2:19
b:welk_eindcijfer 0:-11 2:31
b:welk_gemiddelde 0:-14 2:35
b:welk_idee 0:15
b:welk_onderdeel 0:11
b:welk_onderwerp 0:25
b:welk_praktisch 0:-10 4:16
b:welk_risico 0:15
b:welk_schoolvak 0:12
b:welk_stuk 0:-15 1:28
b:welk_vak 0:-17 2:23 4:14
b:welk_van 0:-14 2:18
b:welk_verhaal 0:18
b:welk_werk 1:30 7:11
b:welke_andere 1:-14 8:22
b:welke_beroepen 3:13 6:-11
b:welke_competenties 6:16
b:welke_fout 0:14
b:welke_hbo-opleiding 4:-16 8:22
b:welke_klus 0:11
b:welke_kwaliteit 0:11
b:welke_mbo-opleiding 2:12
b:welke_moeilijke 0:15
b:welke_onderdelen 6:27
b:welke_open 0:15
b:welke_opleiding 0:-16 4:23 7:17
b:welke_opleidingen 1:17
b:welke_richting 1:20
b:welke_rol 0:16
b:welke_score 0:-21 2:26
b:welke_stappen 0:-17 6:23
b:welke_studie 0:-10 4:26
b:welke_taken 6:34
b:welke_vaardigheden 1:15
b:welke_vakken 2:12
b:welke_van 0:-22 1:67 6:-18
b:welke_verschillende 0:12
b:welke_vraag 0:19
b:welke_vragen 0:19
b:welke_wil 0:11
b:werk_? 5:20
b:werk_dat 0:11
b:werk_het 4:19
b:werk_je 0:40 4:-17
b:werk_kun 0:-10
b:werk_op 5:18
b:werk_past 1:30
b:werk_zou 0:-19 4:12 7:12
b:werken_? 5:25
b:werken_met 8:14
b:werken_of 0:11
b:werken_op 0:14 4:11 5:-15
b:werkexploratie_welk 0:13
b:werkt_al 3:15
b:weten_als 0:15 7:-11
b:weten_wat 0:-18 7:17 8:20
b:weten_ze 4:13
b:wie_de 7:13
b:wie_gaat 1:16
b:wie_heeft 0:13
b:wie_helpt 4:13
b:wie_het 0:-13 7:14
b:wie_in 7:12
b:wie_is 3:16
b:wie_je 0:17
b:wie_kan 0:10 1:12
b:wie_nu 7:10
b:wie_te 7:14
b:wie_van 0:-15 3:44 5:-10
b:wie_voor 0:19
b:wie_zou 0:16
b:wij_hebben 0:-14 8:22
b:wil_je 0:16 1:19 3:-11 5:-27 6:-31 7:-17 8:15
b:wil_jij 4:12
b:willen_? 4:11
b:willen_bekijken 0:12
b:willen_doen 7:12
b:willen_proberen 1:10
b:willen_weten 5:18
b:wilt_? 0:-25 1:20 4:12
b:wilt_meelopen 0:15 7:-11
b:wilt_u 7:11
b:wiskunde_b 8:12
b:wiskunde_c 2:13
b:wist_? 0:17
b:wist_je 0:-22 4:12
b:wonen_en 2:15
b:woon_je 0:-16 5:22
b:word_je 8:20
b:word_jij 8:19
b:worden_? 8:16
b:worden_vaak 4:10
b:wordt_een 1:23
b:wordt_het 0:-26 7:32 8:11
b:wordt_je 7:16
b:wordt_toegelaten 2:14
b:zag_je 0:14 2:22
b:ze_thuis 4:13
b:ze_wil 0:-16 3:21
b:zeggen_dat 0:13
b:zegt_dat 1:12 3:-10
b:zegt_het 0:-31 1:17 2:18
b:zegt_jouw 2:11
b:zei_dat 0:15
b:zeker_dat 4:18
b:zelf_? 1:11
b:zelf_aan 1:14
b:zelf_het 0:23
b:zelf_in 7:22
b:zelf_nog 1:14
b:zelf_voor 0:15
b:zet_ik 8:10
b:zet_jezelf 3:19
b:zetten_? 1:15 6:10
b:zie_je 0:34 1:-10 4:13 5:-14
b:zie_jij 1:17
b:zie_jou 8:17
b:ziekenhuis_ligt 5:14
b:zien_? 0:16
b:zien_dat 2:11 6:20
b:zien_die 6:10
b:ziet_? 0:13
b:ziet_de 0:-10 6:15
b:ziet_een 0:12
b:zijn_? 0:11 2:20
b:zijn_die 0:10
b:zijn_een 0:14 3:12
b:zijn_er 1:13
b:zijn_geen 4:21
b:zijn_je 6:16
b:zijn_jouw 3:17
b:zijn_meestal 4:11
b:zijn_motieven 0:18
b:zijn_niet 1:16
b:zijn_nog 6:18
b:zijn_om 0:-25 2:12 8:32
b:zijn_vaak 4:20
b:zijn_verder 0:-12 3:19
b:zijn_voor 1:16
b:zit_dat 0:-17 3:21
b:zit_er 0:25
b:zit_je 0:-27 7:10 8:11
b:zit_jij 2:15
b:zo'n_moment 0:14
b:zo_? 1:-10
b:zo_iemand 4:12
b:zo_in 8:13
b:zo_snel 0:-15 1:14 4:12
b:zo_vaak 1:-16 5:52
b:zo_weinig 0:-11 1:24 4:11
b:zoals_de 0:-11 4:20
b:zoals_jij 0:-16 8:18
b:zodat_je 2:13
b:zoek_je 0:11
b:zoek_jij 4:19
b:zonde_van 8:16
b:zonder_dat 0:14
b:zonder_stageplek 7:21
b:zorg_? 0:10 1:15
b:zorg_dat 6:19 7:11
b:zorg_is 0:22
b:zorg_jij 5:13
b:zorg_te 0:-16 5:22
b:zorg_voor 5:14
b:zorgen_dat 7:11
b:zou_dat 0:10 3:20
b:zou_die 8:10
b:zou_een 4:10
b:zou_het 1:20 8:13
b:zou_ik 0:-11 4:15
b:zou_je 0:47 1:-13 2:-17 4:26 8:16
b:zou_jij 0:19 2:15 3:19 4:-23
b:zou_verstandig 0:-13 8:17
b:zullen_we 4:11 8:22
b:zwakke_leerling 0:-19 1:12 8:11
b:zwakke_punten 0:-13 1:27
q:<grade> 0:-15 2:26 7:12 8:13
q:<num> 6:24
q:aan 3:-20 4:38 6:-15 8:-11
q:aanpakken 1:25
q:achter 0:23
q:achterstand 1:30
q:adhd 0:-13 4:15 5:16
q:advies 0:17
q:af 1:11 6:11
q:afgerond 0:13 6:11
q:afgevinkt 0:-13 6:17
q:afspraken 1:17
q:aftekenen 6:12
q:al 0:-39 2:-14 3:19 5:-32 6:103
q:alle 6:31
q:allemaal 6:10
q:alles 1:23
q:als 0:17 1:15 2:-11 3:25 4:27 7:-13
q:altijd 1:34 3:-11
q:ambitieus 3:26
q:andere 3:19 8:24
q:anderen 0:13 3:11
q:anders 0:28 1:-14 3:32 6:-12
q:autisme 0:-12 5:17
q:b 0:12
q:baan 1:11
q:bakker 0:18
q:bbl 4:12
q:beantwoord 6:19
q:bed 0:-10 5:17
q:bedrijf 0:23
q:bedrijven 1:18
q:beetje 0:-10 4:13 5:24 7:16
q:begeleider 0:-19 6:17
q:begint 0:11
q:behaald 6:17
q:bekeken 0:17 1:22 6:-23
q:bekijken 0:11 4:10
q:belangrijk 4:12
q:ben 0:29 3:19 5:18
q:bent 0:15 1:29 3:-12 5:10
q:bereid 4:11
q:bereik 0:12 2:13
q:bereiken 3:19
q:beroep 0:16 1:40 4:19
q:beroepen 0:18 3:12 4:18 6:-13
q:beroepentest 3:16
q:beroepsgerichte 2:10
q:beroepskeuze 0:-26 1:42
q:beschut 0:-21 4:39
q:beslissing 0:14
q:beslist 7:16
q:best 4:22
q:beste 3:19
q:betalen 5:29
q:betekent 0:-13 5:19
q:beter 3:14 4:19
q:bewijs 0:-14 6:22
q:bezig 0:33
q:bezocht 3:20 6:12
q:bezoeken 0:-10 4:14
q:bij 0:-18 1:17 5:21 6:-46 7:-26 8:-23
q:bijbaan 0:13 5:15
q:bijgebleven 0:30
q:bijvoorbeeld 5:24 6:-15
q:binnen 0:13 6:17
q:biologie 2:15
q:blij 0:18
q:blijft 0:-21 1:27
q:blijven 0:-27 3:17 5:20
q:bouw 0:14
q:bouwen 2:15
q:boven 2:15
q:bpv 0:13 3:10
q:broer 3:11
q:broertjes 5:30
q:buiten 0:16
q:cijfer 0:-25 2:93
q:cijfers 0:-31 2:70
q:collega's 0:11
q:compleet 6:49
q:cultuur 0:-16 4:41
q:daar 2:28 6:-15
q:daaraan 0:-22 2:14 3:27
q:daarbij 1:23
q:daarin 4:11
q:daarmee 2:23 5:15
q:daarop 1:14
q:daaruit 0:15
q:daarvan 0:-16 4:20
q:dag 0:25
q:dagen 0:12
q:dan 0:-13 1:38 2:25 5:-16 6:-26 7:-15
q:dat 0:-11 1:40 2:12 3:40 5:-25 6:-52 7:35 8:-29
q:de 0:-22 1:18 5:14 6:12 7:-17
q:deadline 0:10
q:deed 0:34
q:deel 0:12
q:denk 4:17 5:-23 6:-18
q:denken 0:-10 2:11
q:denkt 2:14 5:13
q:deze 0:30 1:-12 5:-11 7:11
q:dezelfde 0:17
q:dichterbij 0:17
q:die 0:49 2:26 3:28 4:-23 6:-12 7:-14
q:dingen 0:10 1:13
q:dit 0:18 1:-22 2:37 4:-11 7:25
q:doen 0:-30 1:18 4:-25 5:-19 7:16
q:door 6:24
q:doorslag 0:13
q:dossier 6:20
q:draag 5:10
q:draaien 0:14
q:duits 0:-13 2:23
q:durf 0:15
q:dus 0:-21 1:15 4:39 6:-19 7:16
q:echt 0:11 7:31
q:echte 4:15
q:economie 1:15
q:een 0:46 1:16 3:-22 5:15 6:-25 7:-13 8:-18
q:eens 0:26 3:33 5:-18 6:-14
q:eerlijk 8:22
q:eerst 1:21 8:15
q:eerste 0:15
q:eet 0:-21 5:50
q:eigen 1:24
q:eigenlijk 0:-23 1:37 3:11 5:16 6:-12
q:eindcijfer 0:-11 2:31
q:eindelijk 0:-19 1:22
q:elke 0:11 1:-10 6:15 7:12
q:en 0:49 1:-54 2:49 3:-12 4:-13 5:26 6:26 7:-16
q:energie 5:12
q:engels 1:24 5:-13
q:er 1:16 2:-11 4:-27 5:20 6:31 7:-18
q:eraan 0:-21 1:24 7:11
q:ergens 1:14
q:ernaar 7:19
q:eruit 0:13
q:ervan 0:19
q:ervoor 0:-14 2:13 3:12 7:11
q:eten 5:16
q:even 3:24 5:-16
q:familie 0:-10 4:10 5:28
q:fijn 4:12
q:formulier 6:12
q:fout 0:17
q:ga 0:-21 1:20 7:15 8:-15
q:gaan 0:-20 2:18 4:20
q:gaat 0:-17 5:24 6:-11 7:10
q:gaf 0:20
q:gebeuren 2:12
q:gebracht 0:10
q:gebrek 1:28
q:gebruik 5:24
q:gedaan 0:23 7:11
q:gedacht 4:29
q:geen 0:-16 4:20
q:gekozen 3:12
q:geld 0:21 5:31
q:geleerd 0:23 1:15
q:gelukt 1:23
q:gemaakt 6:11
q:gemiddelde 0:-35 2:79 3:16
q:genoeg 0:-23 2:26 5:36
q:genomen 0:14
q:geschiedenis 0:13
q:gesprek 0:36
q:getekend 6:23
q:gevoerd 5:-11 6:13
q:geweest 5:21
q:gewoon 1:22
q:gezegd 8:22
q:gezien 1:26
q:gezin 4:15 5:45
q:gezondheid 5:19
q:ging 0:41
q:goed 4:24 6:-12 7:-13
q:goede 0:-11 1:24 7:18
q:graag 0:32 1:-11 4:13
q:grens 2:17
q:groep 3:21
q:groepje 3:25
q:haalbaar 1:18
q:haalt 2:19 5:11
q:had 0:32
q:halen 0:-21 2:45
q:handen 0:-11 4:34
q:havo 2:19 8:16
q:hbo 4:16
q:hbo-opleiding 4:-16 8:22
q:heb 0:12 5:12 6:52
q:hebben 0:-16 3:26
q:hebt 1:15 3:17
q:heeft 0:21 1:-15 5:17 6:24
q:heel 1:15
q:helpen 0:17 1:21 4:-10
q:helpt 4:12 5:15
q:hem 3:11
q:herkansen 0:-16 2:32
q:herken 1:16 4:13
q:het 0:-38 3:13 6:16 8:13
q:hielp 0:13
q:hij 3:16
q:hoe 0:55 4:-28 6:-33 7:-16
q:hoeveel 0:-22 1:-16 2:29 5:11 6:29
q:hoog 2:18
q:hoor 3:14 4:14
q:horen 0:16
q:houd 2:10
q:houden 0:-10 4:14
q:houding 0:-14 1:25
q:houdt 0:-12 1:15 3:15 7:16
q:huis 0:10 4:13
q:hun 0:-14 3:11 4:30
q:idee 1:14
q:iedereen 7:35
q:iemand 1:19 5:14
q:iets 0:43 3:17 6:-12 8:-12
q:ik 0:20 7:14
q:in 1:20 6:17
q:ingeleverd 6:26
q:ingevuld 6:26
q:initiatief 1:17
q:inmiddels 0:-11 6:43
q:interessant 0:21
q:invloed 5:18
q:is 0:-48 1:18 2:15 3:-12 4:-17 5:-17 7:15
q:jaar 0:42 1:-18 2:16
q:je 3:-58 6:28 7:-17 8:-31
q:jezelf 0:11 1:39 2:-13 3:16 5:-19
q:jij 1:47 3:99 4:43 6:-12 8:-12
q:jou 0:23 1:24 2:-17 3:59 4:33 5:-16
q:jouw 0:-50 1:47 3:21 4:20 6:-11
q:juist 0:22
q:jullie 0:-24 3:37 5:39
q:kader 3:12
q:kamer 0:-12 5:18
q:kan 0:24 1:15
q:kansen 7:16
q:kant 0:14
q:kantoor 4:16 5:-12
q:keer 1:20 7:18
q:ken 0:26 1:15
q:kennen 0:10
q:keus 0:11
q:keuze 0:47 1:10 2:-14
q:keuzedeel 0:-11 4:19
q:keuzes 0:11
q:kies 0:-35 3:11 7:25 8:17
q:kiest 1:16
q:kiezen 1:27
q:kijk 0:16 2:12 3:-12
q:kijken 2:14 4:14
q:kijkt 1:15
q:klaar 6:19
q:klas 3:58
q:klasgenoten 0:-16 1:-15 3:55
q:kleine 5:19
q:kleiner 7:15
q:klopt 4:16
q:klus 0:11
q:kom 0:11 1:34
q:komen 1:-11
q:komende 0:15
q:komt 0:-20 1:18 3:33
q:kon 0:11
q:korte 1:16
q:krijg 2:11
q:krijgen 5:14
q:krikken 2:19
q:kun 0:-13 1:25 4:-17 7:10
q:kunnen 0:-15 1:23 3:11 5:14 7:23
q:kunt 0:-14 2:17
q:kwaliteit 0:13
q:kwam 1:24
q:laagste 0:-25 2:26
q:laat 0:-14 5:15 7:11
q:laatst 0:32
q:laatste 5:12
q:land 8:19
q:lang 1:-10 3:11 7:21
q:last 5:19
q:lastig 1:34
q:laten 5:-11 6:13 7:15
q:later 2:12 3:11 5:-12
q:leerbedrijf 1:13 6:13
q:leerde 0:16
q:leerling 3:20 4:-12
q:leerlingen 0:-12 3:19 4:15
q:leert 0:19
q:leren 3:12 4:18
q:let 0:-12 5:21
q:leuk 0:19
q:leukst 0:14
q:lever 7:18
q:liefst 0:19 4:12
q:liever 0:24
q:ligt 2:13 5:15
q:lijken 3:10
q:lijkt 0:14 8:15
q:lijstje 3:11
q:lob-punten 5:-11 6:33
q:logistiek 4:13
q:loopbaangesprek 0:-10 2:14
q:los 0:18 2:-11
q:lukt 3:17 5:16
q:maakt 3:15 7:16
q:maakte 0:16
q:maar 0:17
q:mag 0:-11 2:14
q:maken 0:14 2:-16
q:mbo-opleiding 1:-12 2:13 4:27
q:medicijnen 5:35
q:mee 0:36 3:11
q:meedenkt 0:22
q:meegenomen 0:-15 6:22
q:meekijkt 7:13
q:meeloopdag 6:12 7:10
q:meenemen 0:16
q:meer 0:22 1:-12 3:11 4:21
q:meest 5:-24 6:-30
q:meestal 0:-13 4:25
q:meisje 0:-11 4:28
q:meisjes 4:27
q:mensen 0:23
q:mentale 5:11
q:mentorgroep 3:14
q:merk 0:15 5:10
q:merkt 0:20
q:met 0:-13 2:16 4:22 5:40 7:-20
q:mij 0:23
q:minder 3:11 5:10
q:minimaal 6:16
q:minst 1:22
q:mis 0:-12 1:39
q:mist 1:14 3:-10 6:10
q:mocht 0:13
q:moeder 0:-18 6:22
q:moeilijk 1:16
q:moeilijke 0:15
q:moeite 1:12
q:moet 1:28 2:12
q:moeten 0:-19 3:16 5:12
q:mogelijk 4:10
q:mogen 2:16
q:moment 2:13 5:21
q:mooi 2:11
q:motivatie 1:18
q:na 1:21 5:18 8:16
q:naar 3:-26 4:11 5:11 6:-17
q:naast 3:21 5:22
q:nacht 5:26
q:natuurlijk 4:21
q:nederlands 1:51 6:-14
q:neem 0:12
q:nemen 0:-11 1:13 2:-13 3:11 4:14 8:21
q:net 3:17
q:niemand 0:14
q:niet 0:39 1:-24 3:57 5:-14
q:nieuwe 0:21
q:nieuws 0:14
q:nieuwsgierig 0:21
q:niveau 1:17 8:13
q:nodig 0:-11 2:10
q:nog 0:-39 1:15 2:-11 4:-33 6:31 8:-14
q:nooit 1:38 3:-12
q:nu 0:19 1:-21 2:12 5:29
q:of 0:58 1:-22 3:21 4:-10 5:28
q:om 0:15 4:-27 5:32 6:-17 7:-11
q:omhoog 2:23
q:omlaag 0:-19 2:25
q:onder 1:28
q:onderdeel 0:11
q:onderdelen 6:36
q:onderste 3:28
q:ondertekenen 6:14
q:onderwerp 0:24
q:onderzoeken 4:13
q:onlangs 0:18
q:ontbreekt 0:-19 6:21
q:ontbreken 6:18
q:onvoldoendes 0:-15 2:37 5:-10
q:ooit 1:30
q:ook 4:63
q:oorzaak 2:14
q:op 0:20 2:-10 3:25 7:24
q:open 6:14
q:opleiding 1:11 2:-24 6:-29 7:16 8:-10
q:opleidingen 0:13 1:25 4:-13
q:oplossen 1:24
q:orientatie 0:-10 3:20
q:ouders 0:-24 4:30 5:47 6:19
q:over 0:41 1:25 2:20 4:-12 6:-24
q:overwegen 4:16
q:pabo 0:-13 2:29 8:14
q:pak 4:18
q:pakket 5:16
q:pakte 0:13
q:passen 0:-15 4:33
q:past 0:-25 1:15 2:32 4:52
q:per 5:28
q:periode 2:21
q:pie 0:-14 1:35
q:plaats 8:13
q:plan 3:14 5:21 6:32 8:13
q:plannen 3:31 5:23
q:plant 0:-14 1:25
q:plek 0:12
q:portfolio 0:-10 3:11 6:27
q:praktijkbegeleider 0:17
q:praktijkleerlingen 0:-11 4:19
q:praktijklessen 1:12 5:13
q:praktisch 0:-10 4:16
q:praten 0:11
q:precies 4:-11 5:17
q:proberen 0:11
q:profiel 0:11 2:22
q:profielkeuze 6:16
q:profielkeuzeformulier 5:-26 6:46
q:profielwerkstuk 2:28
q:project 1:13
q:psycholoog 0:-16 5:43
q:punten 0:-12 1:26 2:11
q:rapport 0:-18 2:55
q:rapportcijfers 0:-27 2:40
q:regelen 3:12
q:rest 0:-18 1:23 3:12 6:11
q:richting 0:-12 1:13 8:13
q:risico 0:16
q:rol 0:25
q:rond 5:27
q:route 0:11
q:routes 0:15
q:samen 1:10
q:scheiding 5:11
q:scheikunde 2:13
q:schermen 0:11 4:12
q:school 0:10
q:schoolexamen 0:-16 2:29
q:schooljaar 6:23
q:schoolvak 0:12
q:schoonmaak 4:13
q:schulden 0:-17 5:60 6:-21
q:scoor 3:21
q:score 0:-24 2:29
q:sinds 5:25
q:slaap 5:44
q:slecht 0:-16 1:25
q:slik 5:15
q:slimmer 8:12
q:snel 7:18
q:snuffelstage 4:18
q:somberheid 5:14
q:soort 0:13
q:spreekt 0:24
q:spreken 4:16
q:sta 0:-13 3:36
q:staan 0:-20 2:21 5:-10 6:33
q:staat 0:-32 1:20 3:12 5:-14 6:45
q:stage 0:14 2:-13 5:21 6:-10
q:stap 0:24
q:stappen 0:-13 6:20
q:steeds 0:-30 1:36 5:37 6:-16
q:stel 0:12
q:sterk 1:12
q:straks 1:19 5:13
q:student 1:10
q:studeren 4:11
q:studie 2:17 4:29
q:studiekeuze 0:-30 2:11 3:31 5:11
q:studies 4:13
q:stuk 1:27
q:taal 1:19 4:-11
q:taken 0:-16 6:34
q:te 0:-15 1:27 2:18 3:-14 4:-13 6:-18
q:techniek 0:-16 1:13 2:21 4:13
q:technisch 4:16
q:tegen 0:-25 1:20 3:11 6:-10 7:13
q:tegenaan 2:12
q:tempo 0:28 4:-16
q:terug 0:25
q:terugdenkt 0:11
q:tevreden 2:17
q:thuis 5:107
q:thuiszorg 5:18
q:tijd 0:27 2:-13 5:11
q:tijdens 0:26
q:toch 1:36 4:41 8:17
q:toe 6:20
q:toen 0:29
q:toets 2:15
q:toetsen 0:-11 2:38
q:toetsweek 5:15
q:tot 3:14 6:27
q:trekt 0:14 1:23 2:12 4:24
q:trok 0:27
q:trots 0:11
q:tussen 5:13
q:twee 1:13
q:twijfel 0:24
q:typische 4:38
q:u 0:-11 3:-13 5:23 7:18
q:uit 1:-13 3:16 6:18
q:uitdaging 0:15
q:uitproberen 0:12
q:uitzoeken 0:40
q:universiteit 4:20
q:uren 6:10
q:uur 5:47
q:uw 5:34 7:13
q:vaak 0:-22 4:28 5:67
q:vaardigheden 1:15
q:vader 0:-18 5:34
q:vak 0:12 1:-12 2:22 4:15
q:vakken 2:15
q:van 0:12 2:-11 3:40 4:-30 5:10 6:15 7:-27
q:vandaag 6:13 7:19
q:vast 4:31 7:11
q:vaste 4:11
q:veel 5:20
q:veranderd 0:10
q:verbeteren 0:-22 2:22
q:verder 0:18 1:24 3:17
q:verdient 0:12
q:vergaat 4:15
q:vergat 0:12
q:vergeleken 3:14
q:vergelijken 0:14
q:verhaal 0:32
q:verkennen 0:28
q:verplichte 5:-14 6:30
q:verraste 0:10
q:verschillende 0:12
q:verslagen 1:27
q:verst 3:25
q:vertellen 0:13
q:vervolgopleiding 2:10 5:25
q:verwacht 2:19 7:17
q:vijf 3:21 6:23
q:vind 0:40 8:21
q:vinden 0:-23 1:35 4:20
q:vindt 0:21
q:voedselbank 5:18
q:voel 0:14 5:11
q:voelde 0:30
q:voelt 3:24
q:vol 4:16 6:11
q:voldoende 2:21
q:volgen 6:12
q:volgende 0:20 2:22
q:volgens 2:28
q:vond 0:35
q:voor 0:-10 2:81 3:-17 4:10 5:25 6:-11
q:vooral 0:-13 2:16 4:11
q:voordat 0:-14 2:21 6:10 7:17
q:voortgangsbalk 6:26
q:vorige 0:12
q:vraag 0:35 7:22
q:vraagt 0:-10 2:13
q:vragen 0:16 1:11 6:13
q:vriend 3:11
q:vrienden 0:14
q:vroeg 0:21
q:vso-leerlingen 4:25
q:vul 6:22
q:vwo 0:-12 1:-14 8:20
q:waar 0:63 1:18 5:-16 6:-12
q:waarbij 0:11
q:waardoor 1:15 5:14
q:waarin 0:16
q:waarom 0:-12 1:41 3:51 6:-12
q:wacht 7:17
q:wanneer 0:14 1:-14 6:27 7:31
q:waren 2:21
q:was 0:34 1:-16 2:16 3:-10 5:14
q:wat 0:63 3:14 4:-28 5:-46 6:-33 8:-39
q:we 0:-31 2:19 6:-11 8:17
q:week 1:-11 2:-11 6:14 7:27
q:weet 1:-16 3:13 4:14 7:16
q:weg 0:-18 1:27 2:15
q:weinig 1:20 4:10
q:weken 0:16
q:wel 0:-31 1:31 3:28 5:58 7:23
q:weleens 5:13
q:welk 0:48 1:16 2:37 3:-30 4:26 5:-41 6:-29
q:welke 0:37 1:16 3:-18 4:21 5:-63 6:-24 7:-28
q:werd 0:11
q:werk 0:44 1:17 2:-14 3:-16 4:16 6:-10
q:werkdag 0:19
q:werkexploratie 0:13
q:werkgever 1:10
q:werkplek 0:11 4:19
q:werkstuk 0:20
q:werkt 0:15
q:weten 0:18 3:14 7:19
q:wie 0:54 3:36 6:-12
q:wil 0:30 1:10 5:-26 6:-30
q:willen 0:25
q:wilt 0:12 3:-11 4:16 5:-22 7:16
q:wiskunde 2:20
q:wist 4:12
q:woon 0:-16 5:22
q:word 0:11
q:worden 3:17
q:wordt 0:-30 5:14 7:27 8:14
q:zag 0:13
q:ze 0:19 1:-11 3:10
q:zegt 0:-40 2:31 5:19
q:zeker 4:16
q:zelf 0:40 1:29 2:-10
q:zet 1:11 3:25
q:zetten 1:11
q:zich 3:15
q:zie 0:21 2:12 4:11 5:-16
q:ziek 5:25
q:zieke 5:14
q:ziekenhuis 5:14
q:ziekte 5:23
q:zien 0:30
q:ziet 0:26
q:zijn 0:-49 1:18 4:13 5:-25 6:22
q:zit 1:-16 2:18 3:15
q:zo 0:-54 1:67 4:16 5:17
q:zo'n 1:23
q:zoals 0:11 5:11
q:zodat 6:17
q:zoek 4:22
q:zoekt 4:15
q:zomer 1:19
q:zonder 0:-32 1:38
q:zorg 0:-13 5:32
q:zorgberoep 4:12
q:zorgen 7:11
q:zou 0:58 1:-14 3:16 5:-16 6:-17
q:zulk 0:19 4:-13
q:zullen 4:11 8:22
q:zwaar 0:14
q:zwakke 0:-25 1:51
s:comparative-dan 3:36 8:17
s:compare 1:-13 3:107 5:-25 7:54 8:-11
s:exclamation 0:-41 8:29
s:grade 0:-18 2:70 3:16 4:-23 5:-11 6:19
s:imperative-first 0:80 1:-11 2:-28 6:79 7:51
s:long 0:33 1:-16 8:-39
s:medium 0:89 3:-19 4:-49 5:46
s:modal 0:23 3:-13 4:-11 7:12 8:54
s:negation 1:34 2:-31 4:57 5:-12 6:-13 7:92 8:24
s:number 0:-22 2:86 3:21 4:-14 6:84 7:42
s:question 3:11 4:25 5:33 7:-28 8:-70
s:question-word-first 0:60 1:65 2:35 3:28 4:-13 5:-66 6:-22 8:-33
s:several 0:-48 3:35 4:62 6:-23 7:23 8:-32
s:short 1:-27 2:-52 3:26 4:76 5:-44 8:77
s:statement 0:47 2:-37 3:-28 4:47 5:-38 6:-17 8:74
s:why-not 0:-20 1:35 3:24
s:you-modal 0:11 3:-13 5:-14 6:-20 7:-18 8:21
s:you-negation 1:62 2:-25 3:19 7:16 8:20
s:you-question 4:26 5:49 6:11 7:-18 8:-60
s:you-statement 0:-90 1:52 4:-62 6:-15 8:65
w:! 0:-41 8:29
w:% 6:36
w:/ 0:48 8:-14
w:<grade> 0:-18 2:70 3:16 4:-23 5:-11 6:19
w:<num> 2:11 6:59 7:28
w:? 3:14 4:28 5:35 7:-25 8:-60
w:aan 0:34 3:-13 4:34 8:-12
w:aandacht 0:-12 8:10
w:aangemeld 7:12
w:aanmelddatum 7:23
w:aanmelden 0:24
w:aanmelding 7:11
w:aanmeldt 0:21 8:-12
w:aanpakken 1:25
w:aanraking 1:21
w:achter 0:12 1:20 7:21
w:achteraf 0:22
w:achtergrond 4:15
w:achterstand 0:-15 1:27 4:12
w:activiteit 6:10
w:adhd 0:-19 4:26 5:16
w:advies 0:15 8:16
w:af 0:-20 1:16 6:30
w:afgerond 0:33 6:21
w:afgevallen 5:11
w:afgevinkt 0:-54 6:27 8:16
w:afspraken 1:31
w:aftekenen 6:38 7:-17
w:al 1:14 3:91 5:-32 6:78 8:-18
w:alle 0:-34 1:16 5:-10 6:56 8:11
w:alleen 2:-12 8:-19
w:allemaal 3:42 6:10
w:alles 1:28 4:-12 8:10
w:als 0:22 2:-30 4:52 5:-19 7:24
w:altijd 0:11 1:44 3:-14
w:ambitieus 3:26
w:ander 0:14 7:12
w:andere 3:49 8:26
w:anderen 0:37
w:anders 0:35 1:-21 2:-11 3:15 4:10 5:-13 7:56 8:-22
w:april 7:12
w:autisme 0:-12 4:20 5:19
w:b 0:12 8:23
w:baan 4:31
w:bakker 0:18
w:bakkerij 0:10
w:banen 0:10
w:bank 4:14
w:bbl 0:12 4:13
w:bbl'ers 0:-13 4:19
w:bbl-route 8:16
w:bbl-traject 8:14
w:bbl-werkplek 1:15
w:beantwoord 6:16
w:bed 0:-10 5:17
w:bedrijf 3:18
w:bedrijven 1:14 6:-10
w:beeld 5:10
w:beetje 0:-10 4:13 5:24 7:16
w:begeleider 0:-24 6:26
w:begin 0:11
w:beginnen 0:21
w:begint 0:26
w:begon 0:12
w:begrip 4:15
w:behaald 6:23
w:behalve 0:-26 1:28 3:11
w:beinvloeden 0:-12 5:22
w:bekeken 0:11 1:22 6:-11
w:bekende 0:17
w:bekijken 0:11 4:10
w:bel 7:22
w:belangrijk 4:13
w:belangstelling 0:11
w:ben 1:-24 3:21 6:-20
w:benieuwd 0:16
w:benoemen 0:11
w:bent 0:-41 1:43 2:-12 3:-22 4:24 5:21 7:-19 8:34
w:bepaalt 0:13 7:18
w:beperkte 1:33
w:bereid 4:11
w:bereik 0:12 2:13
w:bereiken 3:19
w:beroep 0:44 1:43 4:19
w:beroepen 0:64 3:12 4:14
w:beroepenmarkt 0:-11 6:22
w:beroepentest 0:-15 3:16 6:28 8:30
w:beroepsgerichte 2:10
w:beroepskeuze 0:-26 1:42
w:beschut 0:-21 4:39
w:besef 0:-13 7:31
w:beslissing 7:21
w:beslist 7:20
w:besloten 0:-14 8:22
w:bespreken 2:13
w:best 1:15 4:27
w:bestaan 0:11
w:bestaat 0:15
w:beste 3:28 8:29
w:betalen 5:29
w:betekenis 0:14
w:betekent 0:-24 5:16
w:beter 0:-17 3:27 4:48 7:-14 8:51
w:beveiliging 0:-11 8:13
w:bewegen 0:18
w:bewijs 6:14 7:11
w:bezig 0:29 1:-10
w:bezocht 0:-16 1:-12 3:34 6:21
w:bezoeken 0:-10 4:14
w:bieden 0:13
w:bij 0:12 4:-20 5:19 6:-32 7:-21 8:-12
w:bijbaan 0:32 5:16
w:bijgebleven 0:30
w:bijhoudt 1:14
w:bijvoorbeeld 0:23 5:26 6:-17
w:binnen 0:29 2:18 6:25
w:biologie 2:22
w:bleef 0:16
w:blijf 1:11
w:blijft 0:-14 1:48 5:10
w:blijkt 8:21
w:blijven 0:-26 3:11 4:12 5:18
w:blik 0:13
w:boek 1:20
w:bouw 4:18
w:bouwen 2:14
w:boven 2:18
w:bpv 6:13
w:bpv-begeleider 0:14
w:bpv-uren 6:20
w:broer 3:27
w:broertjes 5:30
w:brood 0:-13 8:19
w:buiten 0:32
w:c 2:13
w:checklist 8:12
w:cijfer 0:-37 2:86 4:21 5:-11
w:cijferlijst 2:30
w:cijfers 0:-23 2:119
w:collega's 0:12
w:combineert 5:15
w:competenties 0:-14 6:27
w:compleet 6:56
w:compliment 0:14
w:computers 1:16
w:concentratie 0:-13 1:22 5:22
w:concreet 0:11
w:contact 0:34
w:contacten 0:15
w:creatief 4:26
w:cultuur 0:-21 4:38 8:10
w:cv 8:12
w:daan 3:19
w:daar 0:11 2:28 6:-20 8:34
w:daaraan 0:-22 2:14 3:27
w:daarbij 1:23
w:daarin 4:11
w:daarmee 2:24 5:16
w:daarna 7:41
w:daaronder 5:11
w:daarop 0:-11 1:15 5:13
w:daaruit 0:15
w:daarvan 0:-16 4:20
w:dacht 0:14
w:dag 0:40 1:17 3:11 4:-13 6:35
w:dagen 0:15 1:-12 2:-10 3:13 7:12
w:dan 5:-22 7:-21
w:dat 1:24 3:15 4:-18 6:-23
w:de 0:18 1:-22 2:-10 3:21 4:-11 8:13
w:deadline 0:17 4:-13 7:16
w:deadlines 0:10
w:decaan 6:19 8:-13
w:deed 0:36 3:15
w:deel 0:19
w:degene 3:16
w:delen 0:34
w:denk 4:15 5:-24 6:-24 7:31
w:denken 2:11
w:denker 4:13
w:denkers 0:-10 4:20
w:denkt 2:12
w:derde 0:12
w:detailhandel 1:14
w:deur 0:11
w:deuren 8:25
w:deze 1:-19 3:-18 4:-13 5:-21 6:32
w:dezelfde 0:17
w:dichtbij 0:10
w:dichterbij 0:17
w:die 0:24 1:17 2:23 3:28 4:-47 6:-12 7:-37
w:dieren 0:12
w:dierenarts 0:14
w:ding 0:-11 1:16
w:dingen 0:24 1:25
w:dinsdag 7:13
w:diploma 7:17 8:13
w:dit 0:13 2:39 6:46 8:13
w:doe 0:-18 6:19 8:20
w:doen 0:-31 5:-14
w:doener 4:12
w:doet 0:57 8:-20
w:door 0:27 2:19 5:15 6:19
w:doorgaat 7:14
w:doorslag 0:13
w:doorzetter 1:32
w:doorzettingsvermogen 1:20
w:dossier 6:22
w:draag 5:10
w:draagt 4:15
w:draaien 0:13
w:draait 5:19
w:drie 0:-31 1:19 2:11 3:13 6:35
w:droomstudie 0:-18 8:16
w:duidelijk 1:19
w:duits 0:-18 2:37
w:durf 0:15
w:durfde 0:16
w:dus 0:-44 1:18 4:72 7:31 8:27
w:dyslexie 0:-11 4:29
w:e 7:11
w:echt 0:16 5:-12 6:-16 7:32
w:echte 4:54 8:-18
w:economie 0:-14 3:-12 5:-14 8:16
w:een 0:40 3:-17 4:57 5:-32 6:-51 7:17
w:eenmaal 1:11 4:12
w:eens 0:11 2:27 3:32 5:12 6:-32 7:-22 8:-21
w:eerlijk 0:-22 1:31 8:30
w:eerst 1:28 2:21 7:-12 8:20
w:eerste 0:56 2:12 8:-10
w:eerstegeneratiestudenten 0:16
w:eet 0:-21 5:50
w:eigen 0:61 1:24 8:-13
w:eigenlijk 0:-47 1:23 2:-17 4:13 6:-21 7:-21
w:eindcijfer 0:-11 2:31
w:eindelijk 0:-19 1:22
w:elektricien 3:23
w:elk 0:15
w:elkaar 0:23
w:elke 0:26 4:-14 6:44 7:26
w:en 0:83 1:-44 2:32 3:-23 4:-44 5:10 7:16
w:energie 0:25 5:14
w:engels 1:24 2:12 5:-11
w:enige 0:-13 3:18
w:entree 0:-10 8:15
w:er 3:-10 4:-48 5:27 6:37 8:-11
w:eraan 0:-13 1:24 7:11
w:erg 0:-13 5:19
w:ergens 1:14
w:ermee 0:12
w:ernaar 7:19
w:erom 7:13
w:eruit 0:13 7:20
w:ervan 0:19
w:ervaren 0:10
w:ervaring 0:47
w:ervoor 2:14 3:12
w:eten 5:16
w:even 3:28 5:-13 6:41 8:-11
w:examen 2:12
w:excursie 7:11
w:extra 0:-31 1:22 8:11
w:f 2:19
w:familie 4:11 5:29
w:februari 0:18
w:feedback 0:17
w:fijn 4:12 5:11
w:fijnst 4:11
w:flink 5:18
w:formulier 6:12
w:foto 6:18
w:fout 0:-12 4:31
w:frans 2:17
w:ga 0:-23 1:17 7:19 8:11
w:gaan 0:-55 4:16 7:-18 8:20
w:gaat 0:-12 1:20 2:21 5:48 6:-13 7:13
w:gaf 0:21
w:garage 0:10
w:gebeuren 2:12
w:gebracht 0:10
w:gebrek 1:28
w:gebruik 5:24
w:gebruikt 5:18
w:gedaan 0:-21 1:-12 3:29 6:12 8:36
w:gedacht 4:29
w:geef 1:19
w:geeft 0:21
w:geen 0:-21 1:16 4:45 6:-25 7:47 8:-11
w:gegrepen 8:14
w:gehaald 0:-12 2:37
w:gehad 0:14
w:geholpen 0:14
w:gekozen 3:16 7:21 8:17
w:geld 0:29 5:31
w:geldt 0:10
w:geleerd 0:24 1:15
w:gelukt 1:23
w:gemaakt 0:22 6:12
w:gemiddeld 2:17
w:gemiddelde 0:-34 2:89 3:16
w:geneeskunde 0:-11 8:16
w:genoeg 0:-30 2:24 5:34
w:genomen 0:17
w:gerust 0:32
w:geschiedenis 0:15
w:geschikt 0:-14 1:12 8:28
w:gesprek 0:19 3:-11 6:33 7:18
w:gesprekken 0:13
w:getekend 6:23
w:geven 0:11
w:gevoerd 0:-20 5:-11 6:36
w:gevonden 0:-13 1:21 3:13
w:gevuld 6:22
w:geweest 5:21
w:gewend 0:45
w:gewerkt 5:14
w:gewone 0:18
w:gewoon 1:17 4:11 8:51
w:geworden 3:23
w:gezegd 8:32
w:gezet 6:13
w:gezien 1:25
w:gezin 0:-30 4:33 5:45
w:gezocht 0:10
w:gezondheid 5:19 8:11
w:ging 0:54
w:goed 0:12 3:-11 4:25 6:-25
w:goede 1:20 7:17
w:graag 0:75 4:17
w:grens 2:17
w:groeit 0:17
w:groen 0:-10 6:31
w:groep 2:13 3:29 7:12
w:groepje 3:25
w:groot 8:11
w:grote 4:18 8:-19
w:gymnasiasten 0:-11 4:25
w:haalbaar 1:19
w:haalde 2:11
w:haalt 2:19 5:11
w:haar 5:11
w:had 0:24 1:-16 3:21
w:halen 0:-18 2:45
w:hand 4:23
w:handen 0:-14 4:37 7:10
w:handig 1:12
w:handtekening 7:15
w:handtekeningen 6:27
w:havist 0:-10 4:21
w:havisten 4:19
w:havo 0:-13 2:15 3:24 8:42
w:hbo 4:32 8:16
w:hbo-opleiding 4:-16 8:23
w:he 1:11
w:heb 1:12 6:31 8:-12
w:hebben 0:-46 1:-16 3:18 5:-12 6:14 7:-20 8:10
w:hebt 6:28 7:10 8:-30
w:heeft 0:-32 1:-15 2:-20 3:26 4:-35 6:13 7:28 8:15
w:heel 8:-13
w:hele 5:16 6:-13 7:17
w:helemaal 0:14 4:18 8:-19
w:helft 1:28
w:helpen 0:32 1:20 4:-11
w:helpt 0:35 5:15
w:hem 6:12
w:herfstvakantie 2:11 6:16
w:herkansen 0:-16 2:32
w:herken 1:16 4:13
w:het 2:-16 4:-37 5:-16 6:29 8:22
w:hielp 0:14
w:hier 0:15 6:18
w:hij 0:-24 3:17 7:12 8:18
w:hoe 0:60 2:24 4:-36 5:30 6:-41 7:-12 8:-17
w:hoef 6:15
w:hoeft 0:23 1:13
w:hoeveel 0:-22 1:-16 2:28 5:11 6:35
w:hoger 0:-26 8:21
w:hoofd 0:11 4:11
w:hoofddoek 4:15
w:hoog 2:19 8:25
w:hoor 3:13 4:23 8:10
w:hoorde 5:25
w:hoort 0:-16 8:27
w:horeca 4:23
w:houd 2:12 8:13
w:houden 4:14
w:houding 1:36
w:houdt 0:-23 2:-11 6:-17 7:14
w:huis 0:12 4:13
w:hulp 0:11
w:hun 0:-21 3:31 4:30
w:idee 0:26 3:11 7:-11
w:iedereen 7:40
w:iemand 0:50 1:19 3:-10 5:13
w:iets 0:42 6:-31 7:-39 8:18
w:ik 1:-24 3:-20 4:-17 7:44
w:in 0:22 6:38
w:informatie 0:17
w:ingeleverd 0:-16 6:37 7:22
w:ingesteld 4:11
w:ingevuld 0:-11 6:20 7:20
w:inhoud 6:12
w:initiatief 0:-10 1:31
w:inleveren 0:-11
w:inmiddels 0:-11 6:43
w:inschrijving 7:17
w:interessant 0:23
w:interessetest 8:11
w:interieur 2:15
w:invloed 5:18
w:is 0:-20 1:29 3:-13 4:-14 5:-12 6:16 8:52
w:isk-leerlingen 0:-17 3:11
w:jaar 3:24 4:-25 5:-13 7:17 8:-11
w:jaren 7:10
w:je 1:-12 2:28 4:-21 5:18 6:61 7:36
w:jezelf 0:29 1:42 3:20 4:13 5:-16
w:jij 1:86 3:132 4:55 6:-20 8:47
w:jongen 4:21
w:jongens 0:-11 4:44
w:jongeren 4:10
w:jou 0:-25 1:68 2:-24 3:50 4:30 5:-21 6:-13 8:57
w:journalisten 0:12 4:-10
w:jouw 0:-81 1:48 3:42 4:28 6:-25 8:25
w:jouwe 3:10
w:juist 0:34
w:jullie 0:-21 1:-11 3:38 5:65
w:kader 3:17
w:kamer 0:-12 5:18
w:kan 0:29 2:-12 6:35 7:-15 8:-25
w:kans 7:22
w:kansen 7:36 8:13
w:kanten 0:19
w:kantoor 4:16 5:-12
w:kapper 0:13
w:kappersopleiding 8:12
w:keer 1:33 3:-12 7:31
w:ken 0:39 1:14
w:kennen 0:24
w:kent 0:27
w:kerst 7:12
w:kerstvakantie 6:19
w:keus 0:11
w:keuze 0:41 4:-12 5:17 6:-17 7:40 8:15
w:keuzedeel 4:19
w:keuzemoment 0:13
w:keuzes 0:33 3:13
w:keuzevak 0:22
w:kies 0:-72 3:14 4:12 7:52 8:73
w:kiest 0:-30 1:14 7:38 8:12
w:kiezen 0:21 1:22 3:18 4:32
w:kijk 0:16 7:-11
w:kijken 0:18 2:14 4:16
w:kijkt 1:14
w:kind 4:15
w:kinderen 8:18
w:kinderopvang 4:12
w:klaar 6:48
w:klant 0:16
w:klas 0:-14 1:-11 3:68
w:klasgenoot 0:13
w:klasgenoten 0:-22 1:-19 3:71
w:kleine 5:19 8:11
w:kleiner 7:46
w:kleuren 5:11
w:klik 6:15
w:klok 7:21
w:klopt 4:16
w:klus 0:20
w:klussen 0:13
w:knap 0:11
w:kok 8:34
w:kom 1:32
w:komen 0:13 1:-11
w:komende 0:15
w:komt 0:-18 1:23 3:29 7:11
w:kon 0:11
w:koos 3:11 8:15
w:koppelt 0:17
w:korte 1:27
w:kost 0:12
w:kosten 5:13
w:kreeg 0:12
w:krijg 0:-11 1:18 2:10
w:krijgen 5:14
w:krijgt 7:28
w:krikken 2:19
w:kun 0:-22 1:12 4:19 5:-10 7:18 8:-15
w:kunnen 0:-12 1:17 5:30 7:21
w:kunstacademie 4:13 8:15
w:kunt 0:-19 2:15 7:15 8:28
w:kwaliteit 0:31
w:kwaliteiten 0:37
w:kwam 1:23
w:kwijt 1:15 7:15
w:laag 0:-16 1:14
w:laagste 0:-25 2:26
w:laat 0:-10 5:15 6:27 7:24 8:21
w:laatst 0:47
w:laatste 0:-24 1:-12 2:23 5:19
w:laborant 8:13
w:lage 1:12
w:lager 3:18
w:land 8:19
w:landbouw 4:20
w:lang 1:-12 3:13 7:36
w:last 5:19
w:lastig 1:59
w:laten 2:24 5:-12 7:11
w:later 0:34 1:-15 5:-16 6:-15 7:-10 8:15
w:leeftijd 3:10
w:leer 8:10
w:leerbaan 7:21
w:leerbedrijf 0:-18 6:12 7:37
w:leerde 0:16
w:leerjaar 1:19
w:leerling 6:-12 7:-17 8:14
w:leerlingen 0:-12 1:-16 3:57 4:27
w:leert 0:29
w:lees 0:11
w:leg 2:14 3:12
w:leggen 0:10
w:leraar 8:12
w:leren 0:17 3:13 4:19
w:les 0:19
w:let 0:-26 5:20 7:10
w:leuk 0:45
w:leukst 0:16
w:leven 7:16
w:lever 0:-23 6:35 7:31
w:lezen 1:15
w:lichamelijke 1:14
w:liefst 0:24 4:12
w:liep 0:12
w:liever 8:28
w:lig 7:19
w:ligt 0:-22 6:-18 8:-10
w:lijken 3:19
w:lijkt 1:11 4:19 8:42
w:lijstje 3:11
w:lob 3:15 5:16 6:32
w:lob-programma 6:21
w:lob-punten 5:-11 6:33
w:logboek 0:-13 7:14
w:logistiek 4:14
w:loopbaan 0:15
w:loopbaanbegeleider 0:17
w:loopbaanbegeleiding 0:40 8:-14
w:loopbaancompetenties 0:10
w:loopbaandossier 0:-25 6:22
w:loopbaangesprek 0:-16 2:30 7:13
w:loopbaangesprekken 0:-15 1:21 6:10
w:loopbaansturing 0:12
w:loopt 0:-21 1:14
w:los 2:-11 8:15
w:lui 4:12
w:luisteren 1:14
w:lukt 0:-11 1:11 3:16 5:15
w:maakt 0:50 2:-16 4:-13 5:-12 8:-20
w:maakte 0:16
w:maandag 7:35
w:maar 8:75
w:maart 7:15
w:maatschappij 8:17
w:mag 0:22 2:14 5:11 7:22 8:-11
w:magister 6:17
w:maken 0:27 2:-18
w:makkelijk 0:11
w:marokkaanse 4:13
w:mbo 8:26
w:mbo-diploma 0:-13 8:13
w:mbo-opleiding 1:17 4:26
w:me 1:-16 4:13 6:10
w:medicijnen 0:-21 5:63
w:mee 0:48 6:20 8:26
w:meedenkt 0:22
w:meegenomen 0:-15 6:22
w:meekijkt 7:13
w:meeloopdag 7:27
w:meeloopdagen 0:-10 3:11 6:20
w:meelopen 0:28
w:meenemen 0:17
w:meer 0:18 4:29 6:-14 7:16 8:15
w:meerdere 0:11
w:meest 4:16 5:-24 6:-30
w:meestal 0:-27 4:85
w:meeste 3:18
w:meet 0:-11 1:19
w:mei 0:25 7:21
w:meiden 3:-14 4:20
w:meisje 0:-18 1:-11 4:63
w:meisjes 4:41
w:meld 0:-18 7:31
w:mens 0:13
w:mensen 0:45
w:mentale 5:11
w:mentor 5:10 7:15
w:mentorgroep 3:19
w:merk 0:21 5:11
w:merkt 0:21
w:met 4:21 5:24 7:-15 8:14
w:meteen 8:18
w:mij 8:15
w:mijn 7:18 8:23
w:mik 0:-21 8:15
w:minimaal 6:16
w:minst 1:21 3:11
w:mis 0:-13 1:40
w:mislukking 0:11
w:misschien 0:-16 1:12 5:30
w:mist 0:-28 1:70 6:23 7:18
w:mocht 0:13
w:moe 5:19
w:moeder 0:-29 5:18 6:21 8:14
w:moeilijk 1:16
w:moeilijke 0:15
w:moeite 1:21
w:moet 0:-11 1:18 3:-14 4:-16 8:17
w:moeten 0:-26 3:16 5:12
w:mogelijk 4:10
w:mogelijke 0:15
w:mogen 2:16
w:moment 0:34 2:12 5:23
w:monteur 8:11
w:mooi 0:41 2:14
w:mooie 1:23
w:morgen 7:19
w:motief 0:26 8:-12
w:motieven 0:37 8:-10
w:motivatie 1:18
w:na 0:20 2:-13 4:-17 8:34
w:naar 0:16 5:11 6:-36 7:18 8:17
w:naast 0:23 3:22 5:23
w:nacht 5:26
w:nadelen 0:11
w:nadenken 4:19
w:najaar 0:12
w:nam 0:16
w:natuur 8:21
w:natuurlijk 0:-15 4:35
w:nederlands 1:47 3:10 6:-14
w:neef 3:25
w:neem 0:14 7:12 8:14
w:neemt 7:10
w:nemen 0:-14 1:15 3:15 4:11 8:45
w:nergens 0:-17 1:17
w:net 3:14
w:netwerk 0:45 8:-15
w:netwerken 0:19
w:niemand 0:11 1:-10
w:niet 1:-39 2:-34 5:-28 7:31 8:-20
w:niets 7:17
w:nieuwe 0:34
w:nieuws 0:16
w:nieuwsgierig 0:29
w:nieuwsgierigheid 0:36 8:-15
w:niks 8:20
w:niveau 0:-28 1:29 4:-11 8:49
w:nodig 0:-21 2:16 6:-11
w:noem 1:12
w:noemde 0:11
w:noemen 0:14
w:nog 0:-16 1:39 4:-17 5:30 6:82 7:73 8:-36
w:nooit 0:-12 1:51 3:-12 7:10
w:normaal 0:13
w:noteer 6:15
w:nou 1:17 8:11
w:november 3:10
w:nu 1:-29 5:17 7:14 8:-18
w:of 0:82 1:-27 3:14 5:49 6:-10 8:-23
w:om 0:49 2:24 4:-26 5:39 6:-15 7:-19
w:omdat 0:-17 1:13 4:43
w:omgeving 0:12
w:omhoog 0:-23 2:43
w:omlaag 0:-37 2:45
w:omweg 0:18
w:onder 1:28 6:10
w:onderdeel 0:11
w:onderdelen 6:48
w:ondermaats 0:-20 1:11 8:13
w:ondernemen 0:17
w:onderste 3:28
w:ondertekenen 6:14
w:onderweg 0:19 5:-11
w:onderwerp 0:39
w:onderzoeken 0:12 4:11
w:onlangs 0:11 5:23
w:ons 0:20
w:ontbijt 5:23
w:ontbreekt 0:-21 1:18 6:32
w:ontbreken 6:29
w:ontdek 0:12
w:ontdekken 0:11
w:ontwerpen 0:13
w:onvoldoendes 0:-17 2:40 5:-11
w:ooit 1:30
w:ook 0:56 1:16 3:31 4:41 8:-22
w:oorzaak 2:14
w:op 0:-12 1:13 3:17 5:-18 6:25 8:-14
w:opdracht 6:24
w:opdrachten 6:14
w:open 0:29 2:-14 3:17 4:-16 5:-12 6:13 7:-18
w:opent 0:30
w:opgelopen 0:-14 1:19
w:opleiding 0:12 2:-16 3:-13 6:-37 7:19 8:15
w:opleidingen 0:38 1:25 4:-13
w:oplossen 1:24
w:opnieuw 0:15
w:oppakt 0:14 1:17
w:opties 8:13
w:opvoeding 1:14
w:organiseren 1:21
w:orientatie 3:21
w:ouders 1:-15 4:32 5:49 6:11 7:37
w:over 0:77 2:17 3:-20 4:-24 6:-47 8:-33
w:overleg 8:14
w:overlijden 0:-35 5:53
w:overslaan 4:14
w:overstap 0:10
w:overwegen 4:16
w:overzicht 6:14
w:overzien 4:11
w:pabo 0:-17 2:42 8:19
w:pak 0:-25 2:23 4:17
w:pakken 3:14
w:pakket 5:16
w:pakte 0:13
w:paraaf 6:27
w:pas 6:10
w:passen 4:34
w:past 2:38 4:45 7:-14 8:21
w:per 0:-13 2:15 5:28
w:periode 0:-19 2:43
w:persoon 0:11
w:pie 0:-14 1:35
w:pittig 0:11
w:plaats 8:12
w:plan 1:-18 5:13 6:20 8:16
w:plannen 0:-15 1:13 3:22 5:21
w:plant 0:-14 1:25
w:plek 7:23 8:12
w:plezier 0:18
w:politie 3:12
w:politieacademie 0:-10 8:15
w:portfolio 0:-17 3:22 6:37 7:12
w:praat 0:14
w:praktijk 0:15
w:praktijkbegeleider 0:30
w:praktijkleerlingen 0:-11 4:19
w:praktijklessen 1:12 5:23
w:praktijkonderwijs 0:-24 3:13 4:22
w:praktijkopleider 1:12 6:23
w:praktisch 0:-15 4:27
w:praten 0:34
w:prater 0:-11 1:15
w:precies 1:-14 4:-15 5:12 6:-10
w:presentatie 0:15
w:prima 0:17
w:proberen 0:11
w:probleemleerling 0:-27 1:16 8:20
w:procent 2:19
w:profiel 0:14 2:18 7:12
w:profielkeuze 6:15 7:24
w:profielkeuzeformulier 5:-26 6:46
w:profielwerkstuk 2:28
w:project 1:13
w:psycholoog 0:-16 5:43
w:punten 0:-12 1:26 2:11
w:raken 0:12
w:rapport 0:-34 2:78 7:16
w:rapportcijfer 0:10
w:rapportcijfers 0:-30 2:52
w:realistisch 0:-14 4:29
w:recht 0:20 7:-13
w:rechten 3:15 4:12
w:redden 0:-14 4:25
w:reflectie 7:19
w:reflecties 6:22
w:reflectieverslag 6:13
w:reflectieverslagen 6:19
w:regel 0:11 6:-12 7:11
w:regelen 0:-11 3:10
w:rekenen 7:11
w:rekentoets 2:36
w:rekenvaardigheid 0:-18 1:43
w:relatie 5:24
w:rest 0:-16 1:22 3:13 7:15
w:resultaat 0:37
w:resultaten 0:-21 2:16
w:richting 0:22 6:-10 7:-13
w:rij 1:14
w:rijbewijs 0:14
w:risico 0:21
w:risicoleerling 0:-20 1:21
w:roc 1:16
w:rol 0:34
w:rond 5:52
w:rood 6:17
w:route 0:45
w:routes 0:37
w:ruimte 0:24 7:20
w:rustig 0:17
w:rustige 0:-13 4:26
w:ruzies 0:-21 5:28
w:samen 0:52 1:16
w:samenwerken 0:11 1:15 8:-10
w:sanne 3:21
w:scheiding 5:22
w:scheikunde 2:21
w:schermen 0:11 4:12
w:schiet 0:-10 1:14 7:26
w:schieten 8:12
w:school 0:30
w:schoolexamen 0:-16 2:29
w:schooljaar 6:35
w:schoolvak 0:12
w:schoonmaak 0:-19 4:25
w:schrijf 7:12
w:schrijven 1:19
w:schulden 0:-17 5:60 6:-21
w:scoor 3:21
w:scoorde 2:28
w:score 0:-25 2:29
w:selectie 0:14
w:serieus 0:17
w:sinds 2:13 5:37
w:slaap 5:44
w:slagen 2:14
w:slapen 0:16
w:slb'er 0:20
w:slecht 0:-17 1:33
w:slik 5:15
w:slim 0:-14 4:11
w:slimmer 8:12
w:sluit 0:-17 7:16 8:11
w:sluiten 6:25
w:snel 0:-13 1:33 7:40
w:snuffelstage 4:19 6:12
w:somberheid 5:14
w:soms 0:47
w:soort 0:27
w:spannend 0:11
w:spanningsboog 1:23
w:speelde 0:11
w:sport 0:11
w:spreekt 0:24
w:spreken 0:-12 3:13 4:15
w:sta 0:-29 1:-12 3:43 6:28
w:staan 0:-28 2:21 6:41 8:14
w:staat 0:-39 1:13 5:-19 6:64 7:-15
w:stage 0:42 2:-10 3:12 5:21 7:-13 8:22
w:stage-ervaring 0:15
w:stageplek 1:19 2:-17 3:19 4:-15 6:-10 8:-16
w:stagiairs 3:16
w:stap 0:58
w:stappen 6:29
w:start 0:18
w:steeds 0:-37 1:50 5:37 6:-16
w:stel 0:34
w:stelt 2:13
w:stemmen 5:13
w:sterk 0:30 4:-15
w:sterker 0:10 8:11
w:stil 5:11
w:stop 0:-13 8:18
w:strakke 0:13
w:straks 0:-19 1:31 2:14 5:12 7:24
w:stromen 8:10
w:studeert 3:23
w:student 0:12 1:11
w:studenten 0:10
w:studeren 4:18
w:studie 0:-10 3:13 4:18 5:13 7:-11
w:studiekeuze 2:14 3:32 5:16
w:studiekeuzecheck 0:31
w:studies 4:13
w:stuk 1:27 3:12
w:sturen 8:15
w:stuur 6:12
w:taal 0:21 1:29 4:-16
w:taken 6:34
w:talen 0:11
w:talent 0:15 1:24
w:te 1:24 2:11 3:-23 4:-35 7:36 8:23
w:team 8:19
w:teamleider 0:-15 7:33
w:techniek 0:-31 1:16 2:15 4:41 5:-12 6:-14
w:technisch 4:16
w:tegen 0:-18 1:19 3:10 6:-10
w:tegenaan 2:12
w:tekent 6:21
w:tekort 1:17
w:teksten 1:18
w:teleur 7:10
w:telt 6:30 7:-15
w:tempo 0:30 1:15 4:-18
w:terecht 0:-11 1:13 4:18
w:terechtgekomen 5:23
w:terechtkunt 0:13
w:terug 0:37
w:terugdenkt 0:11
w:tevreden 2:17
w:theoretische 1:12
w:thuis 1:-11 4:12 5:126 7:16
w:thuiszorg 5:17
w:tijd 0:29 5:19 7:26 8:19
w:tijdens 0:28 5:14
w:tikt 7:21
w:toch 1:33 4:36 8:28
w:toe 6:17
w:toegelaten 2:14
w:toekomst 2:11 8:20
w:toen 0:29
w:toets 2:22
w:toetsen 2:38
w:toetsweek 5:15
w:toont 1:12
w:tot 0:12 5:-14 7:19
w:trekt 0:23 1:21 2:11 4:24
w:trok 0:27
w:trots 0:23
w:tussen 5:13 7:12
w:tussenjaar 8:34
w:twee 7:25
w:tweede 0:22 2:12 8:-11
w:twijfel 0:21 5:13 7:21
w:twijfelt 3:16 7:16
w:typisch 4:23
w:typische 0:-27 4:61
w:u 0:-18 5:23 7:16
w:uit 1:-21 3:14 4:25 6:14 7:-35 8:-13
w:uitdaging 0:15
w:uiterlijk 7:13
w:uitleggen 0:27
w:uitproberen 0:12
w:uitslag 0:-23 2:44
w:uitstellen 7:20
w:uitzoeken 0:32
w:universiteit 4:29 8:19
w:upload 6:33
w:uren 6:21
w:uur 5:45 7:10
w:uw 0:-13 5:28
w:vaak 4:107 5:70
w:vaardigheden 1:15
w:vader 0:-21 1:-11 5:33 8:13
w:vak 0:25 2:41 4:20
w:vakken 2:18
w:vaktaal 0:11
w:val 7:12
w:valt 0:-21 1:25
w:van 3:39 4:-15 6:23 7:-38 8:-48
w:vandaag 6:24 7:68
w:vanzelf 0:32
w:varen 8:23
w:vast 0:-13 1:-11 2:13 4:60
w:vaste 4:12
w:veel 4:31 5:17 6:-14 7:-21
w:ver 1:11
w:veranderd 0:12
w:veranderen 1:11
w:verbeteren 0:-22 2:22
w:verbindt 0:17
w:verder 0:14 1:24 3:37 8:16
w:verdient 0:11 8:12
w:vergaat 4:15
w:vergat 0:12
w:vergeet 1:31
w:vergeleken 3:33
w:vergelijken 0:15
w:vergeten 7:41 8:-11
w:verhaal 0:43
w:verkeerde 0:-12 7:30
w:verkennen 0:40
w:verkoop 4:13
w:verpleegkundige 0:19
w:verplichte 5:-14 6:30
w:verrassingen 0:11
w:verraste 0:10
w:verschillende 0:33
w:verslagen 1:27
w:verst 3:25
w:verstandig 0:-13 8:16
w:verstandiger 0:-11 8:23
w:vertel 5:36
w:vertelde 1:-10 5:17
w:vertellen 0:12 5:19
w:vertelt 0:12
w:vervolgopleiding 2:10 5:25
w:vervolgstap 3:20
w:verwacht 0:-21 2:18 7:28
w:verwachtingen 0:14
w:verzorgers 0:21
w:via 0:16
w:viel 0:19
w:vier 0:21
w:vijf 3:20 6:28
w:vind 0:42 8:21
w:vinden 0:-23 1:34 4:20
w:vindt 0:44
w:vink 6:23
w:vinkje 6:22
w:vluchtelingen 4:14
w:vmbo 0:12 1:13
w:vmbo'er 4:16
w:voedselbank 5:18
w:voel 0:14 5:11
w:voelde 0:34
w:voelen 0:17
w:voelt 3:22 5:10
w:vol 4:15 6:21
w:voldoende 0:-14 1:28 2:23
w:voldoening 0:10
w:volgen 6:11
w:volgend 7:14
w:volgende 0:43 2:22
w:volgens 1:-11 2:31 8:34
w:volgt 4:-11 7:16
w:voltooid 0:-28 6:28
w:vond 0:66
w:voor 1:-12 2:87 7:16 8:45
w:vooral 0:-13 2:27 4:19
w:voorbeeld 0:-11 3:16
w:voordat 0:-32 2:21 3:-10 4:-10 8:-17
w:voorkeuren 0:18
w:voortgang 6:13
w:voortgangsbalk 6:26
w:vorig 3:27
w:vorige 0:16 3:13
w:vraag 0:71 7:14
w:vraagstukken 0:12
w:vraagt 1:42 2:11 8:-11
w:vragen 0:59 1:12 6:12
w:vriend 3:14 5:11
w:vrienden 0:13 1:-11 3:31
w:vrijdag 0:-24 7:24
w:vroeg 0:36
w:vso-leerlingen 0:-21 4:39
w:vul 0:-21 6:45
w:vwo 0:-11 3:31 8:27
w:waar 0:94 1:33 5:-15 6:-13
w:waarbij 0:11
w:waarden 0:47
w:waardevol 0:12
w:waardoor 1:15 5:14
w:waarin 0:26
w:waarom 0:-12 1:55 3:52 6:-11
w:waarop 0:28
w:wacht 0:-14 7:51
w:wachten 7:29
w:wandelend 0:19
w:wanneer 0:14 1:-14 6:27 7:31
w:want 0:-17 1:11 7:43 8:-11
w:waren 0:11 2:22
w:was 0:40 1:-15 2:34 5:16 8:20
w:wat 0:70 1:15 3:17 4:14 5:-40 6:-40 7:-13 8:-23
w:we 1:39 2:38 3:-11 5:31 7:-12 8:23
w:week 2:-12 6:13 7:55
w:weer 0:11
w:weet 0:23 1:-19 3:18 4:11 7:11
w:weg 0:13 1:28 2:18
w:weinig 0:-35 1:73 4:33 8:19
w:weken 7:30
w:wel 0:-30 1:39 3:30 5:55 6:-12 7:45
w:weleens 5:13
w:welk 0:62 1:19 2:49 3:-25 4:30 5:-37 6:-27
w:welke 0:69 1:24 2:14 4:35 5:-50 7:-19
w:welkom 0:22
w:werd 0:21
w:wereld 8:10
w:werk 0:76 1:14 2:-13 4:12 5:27 6:-16
w:werkdag 0:20
w:werken 0:28 8:19
w:werkexploratie 0:15
w:werkgever 1:10
w:werkhouding 1:29
w:werkplek 0:21 4:21 7:11
w:werkstuk 0:20
w:werkt 0:28 3:13 4:-17
w:werkte 0:15
w:werkveld 0:14
w:werkvelden 0:19
w:werkvloer 0:27
w:weten 0:15 2:-13 6:-12 7:-11
w:wie 0:50 2:-17 3:23 4:-14 6:-14 7:76 8:-22
w:wij 0:-14 8:22
w:wijst 0:15
w:wil 5:-33 6:-30
w:wilde 0:14
w:willen 0:14 2:-12 5:13
w:wilt 0:51 4:18 5:-19
w:wiskunde 2:22 8:22
w:wist 4:11
w:wo 2:16
w:woensdag 7:23 8:-13
w:wonen 2:15
w:woon 0:-16 5:22
w:woorden 0:28
w:word 8:52
w:worden 0:-27 3:17 7:21 8:16
w:wordt 0:-41 1:17 3:-14 4:-16 6:-17 7:39 8:20
w:zag 0:33 2:19
w:zat 3:14
w:ze 0:19 1:-21 2:-12 3:15
w:zeggen 0:20
w:zegt 0:-28 1:17 2:33 3:-10 5:22
w:zei 0:21
w:zeker 4:15
w:zekerheid 8:13
w:zelf 0:70 1:39 2:-17 6:-13 7:13 8:-27
w:zelfstandig 3:10
w:zet 0:-33 2:18 3:19 4:-13 5:-12 6:24
w:zetten 1:21 6:28
w:zich 3:18
w:zichtbaar 0:16
w:zichzelf 1:10 7:12
w:zie 3:-12 5:-16 7:-13 8:29
w:ziek 5:25
w:zieke 5:14
w:ziekenhuis 0:-15 5:14 8:11
w:ziekte 5:23
w:zien 0:61 6:15 7:-11 8:-14
w:ziet 0:26 6:12
w:zij 0:-23 3:16 8:11
w:zijn 0:-27 4:31 5:-21 7:-19 8:-36
w:zit 0:-16 3:13 6:-20
w:zitten 0:-17
w:zo 0:-45 1:77 4:25 5:20
w:zo'n 0:17 1:27
w:zoals 4:27 8:19
w:zodat 0:-19 2:12 6:54
w:zoek 1:10 4:13 8:25
w:zoeken 0:25 1:20 4:13 7:-16
w:zoekt 0:18 4:14
w:zoiets 4:11
w:zomer 0:-19 1:17
w:zonde 8:22
w:zonder 0:-20 1:62 3:14 7:54
w:zorg 5:26 8:10
w:zorgberoep 4:12
w:zorgen 7:11
w:zorgzaam 2:11
w:zou 0:42 1:-14 3:18 4:23 5:-13 6:-15 8:55
w:zulk 0:19 4:-13
w:zullen 4:10 8:21
w:zus 3:34
w:zwaar 0:22
w:zwak 0:-25 4:17
w:zwakke 0:-37 1:52 8:13
`,
};
