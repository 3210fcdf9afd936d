/**
 * The weights of the learned backstop (./learned.ts), written by scripts/train-guardrails.ts: do not
 * edit. λ=0.0003, epochs=300, library weight=0.3, refuse target=0.004, warn target=0.01; weights below 0.1 left out.
 */
import type { LearnedModel } from './learned';

export const LEARNED_MODEL: LearnedModel = {
  classes: ['sound', 'deficit', 'grade-topic', 'comparison', 'labelling', 'care', 'tick-box', 'pressure', 'verdict'],
  bias: [0.625, -0.843, -0.745, -1.11, -0.542, -0.275, -0.474, -0.891, -0.066],
  refuse: 0.955,
  warn: 0.855,
  weights: `
a:<grade> 2:50 3:18 4:-11 6:17
a:<num> 6:32 7:26
a:aan 0:31 2:-11 4:-14
a:aandacht 0:-12
a:aanmelddatum 7:22
a:aanmelden 0:23
a:aanmelding 7:12
a:aanmeldt 0:18 8:-12
a:achter 0:-13 1:21 7:10
a:achteraf 0:15
a:achterstand 4:12
a:advies 8:21
a:af 0:-19 6:14
a:afgerond 0:21
a:al 0:32 3:72 4:-10 6:-26 8:-19
a:alle 0:-27 1:15 6:25
a:allebei 3:10
a:alleen 8:-13
a:allemaal 3:43
a:als 2:-21 3:-17 4:36 5:-16 7:36
a:altijd 0:16
a:ander 7:12
a:andere 0:19 3:31
a:anderen 0:22
a:anders 0:21 6:19 7:64 8:-17
a:april 7:10
a:b 8:11
a:baan 4:21 8:12
a:baanzekerheid 8:21
a:bank 4:15
a:bbl'ers 0:-12 4:19
a:bbl-route 8:16
a:bbl-traject 8:14
a:bedenk 0:14
a:bedrijf 0:-10 3:21
a:beeld 5:11
a:begin 0:11
a:beginnen 0:22
a:begint 0:14
a:begon 0:11
a:behaalde 0:12
a:bekeken 6:11
a:bekende 0:17
a:bel 7:19
a:belangstelling 0:11
a:ben 0:-11 1:-15 4:19 5:-13
a:benieuwd 0:20
a:benoemen 0:11
a:bent 0:-61 1:11 3:-15 4:28 7:-20 8:28
a:bepaalt 0:12 7:17
a:beroep 0:24
a:beroepen 0:41 8:-11
a:beroepenmarkt 0:-13 6:17
a:beroepentest 6:19 8:28
a:beschrijf 0:12
a:besef 7:16
a:beslissing 7:18
a:besloten 0:-13 8:28
a:bespreek 2:10
a:bespreken 2:12
a:best 1:25 8:13
a:bestaan 0:11
a:beste 8:28
a:betekenis 0:14
a:betekent 7:20
a:beter 0:-26 4:24 7:-18 8:49
a:beveiliging 8:13
a:bewegen 0:17
a:bewust 0:19
a:bezocht 3:14
a:bezoek 6:17
a:bij 0:14 4:-34
a:bijbaan 0:18
a:bijvoorbeeld 0:23
a:binnen 0:16
a:bleef 0:14
a:blij 0:-10 4:11
a:blijft 1:19
a:blijkt 8:21
a:blok 1:11
a:boot 0:-14
a:bouw 0:-12 4:20
a:bouwen 0:13
a:bpv 5:13 6:12
a:bpv-begeleider 0:13
a:broer 3:15
a:brood 0:-13 8:17
a:buiten 0:13
a:checklist 8:11
a:cijfer 0:-17 4:24
a:cijferlijst 2:21
a:cijfers 2:45
a:computers 1:14
a:concentratie 0:-12 1:17 5:10
a:concreet 0:11
a:contact 0:28
a:contacten 0:15
a:creatief 4:23
a:daar 0:27 6:-11 8:42
a:daarna 7:41
a:dag 0:14 1:11 6:23 8:-13
a:dagen 7:16
a:dan 0:22 1:-22 2:-20 4:-19 6:33
a:dat 0:22 1:-16 3:-17 5:50 6:42 7:-15 8:57
a:de 0:19 1:-35 5:-24 7:15
a:deadline 4:-13 7:14
a:decaan 6:22 8:-13
a:deed 3:11
a:definitieve 7:16
a:degene 3:16
a:delen 0:23
a:denk 7:25
a:denken 0:17
a:deuren 8:24
a:deze 0:-16 6:26 8:12
a:die 1:31 3:12 4:-19 7:-20
a:ding 1:15
a:dingen 0:23
a:dinsdag 7:12
a:diploma 7:15 8:11
a:dit 0:-19 1:15 6:31 7:-23
a:doe 0:-24 8:19
a:doen 0:14 1:-11 4:40 7:-14
a:doet 0:42 8:-19
a:door 0:26 2:13
a:doorgaat 7:12
a:doorzetter 1:10
a:draagt 0:-10 4:15
a:drie 0:-37 6:27 8:-15
a:droom 0:-10
a:droomstudie 0:-17 8:15
a:duidelijk 1:20
a:duits 2:11
a:dus 0:-26 4:35 6:11 7:11 8:35
a:dyslexie 0:-11 4:27
a:e 7:12
a:echt 7:12
a:echte 4:35 8:-20
a:economie 2:12 8:16
a:een 1:-25 4:59 5:-36 6:-28 7:18
a:eens 1:11 2:47 3:16 5:48 8:-12
a:eerlijk 0:-13 1:21
a:eerst 2:22
a:eerste 0:42 8:-13
a:eerstegeneratiestudenten 0:16
a:eigen 0:67 8:-14
a:eigenlijk 0:-17 4:19 8:17
a:elektricien 3:22
a:elkaar 0:17
a:elke 0:10 4:-13 6:34 8:-11
a:en 0:76 1:12 4:-26 5:-14 6:-23 7:37
a:energie 0:19
a:engels 2:10
a:enige 0:-14 3:17
a:entree 8:14
a:er 1:-15 3:-21 4:-26 7:24 8:-18
a:eraan 0:13
a:erom 7:16
a:eruit 7:19
a:ervaring 0:41
a:ervoor 0:21
a:even 5:11 6:36 7:-12 8:-17
a:excursie 7:12
a:extra 0:-28 1:20
a:f 2:21
a:falen 0:10
a:februari 0:17
a:fijn 5:13
a:flink 5:19
a:foto 6:22
a:fout 0:-30 4:32
a:ga 8:23
a:gaan 0:-21 2:-11 4:12 6:15 7:-13 8:19
a:gaat 5:21
a:gebruikt 0:-11 5:17
a:gedaan 0:-42 3:26 6:11 8:31
a:gedeeld 0:10
a:geef 1:20
a:geeft 0:16
a:geen 1:15 4:30 6:-11 7:45
a:gefeliciteerd 0:12
a:gegrepen 8:14
a:gehaald 2:15
a:gehad 6:11
a:gekozen 0:-10 7:22 8:12
a:gemaakt 0:11
a:geneeskunde 8:20
a:genoeg 0:-13 5:12 8:11
a:gerust 0:36
a:geschikt 0:-11 8:26
a:gesprek 0:-18 5:12 6:29 7:21
a:gesprekken 5:11
a:gevonden 1:17
a:gevuld 6:21
a:gewend 0:33
a:gewone 0:15
a:gewoon 4:11 8:56
a:gezegd 1:11
a:gezondheid 8:11
a:ging 0:15
a:goed 0:16 2:11 7:12
a:goede 0:20
a:graag 0:42 8:-12
a:groeit 0:15
a:groot 8:11
a:grote 4:19 8:-19
a:haalt 0:14
a:had 0:-13 2:15 3:24
a:hand 4:28
a:handig 1:12
a:handtekeningen 6:23
a:havist 4:17
a:havo 3:16 8:27
a:hbo 3:10 4:14 7:-12
a:he 1:10
a:heb 1:21 3:11 6:-21 8:11
a:hebben 0:-21 1:-23 4:11 5:-14 6:22 7:-17
a:hebt 0:11 2:11 3:-13 6:36 7:20 8:-23
a:heeft 0:-47 1:12 3:34 4:-22 7:43 8:25
a:heel 2:10
a:heen 0:15
a:hele 6:-12 7:15
a:helemaal 4:21 8:-20
a:helft 1:27
a:helpen 0:15
a:helpt 0:36
a:hem 6:13
a:herfstvakantie 2:14
a:het 0:36 1:-11 2:-16 3:11 4:-13 5:-24 6:14
a:hier 0:12 6:19
a:hij 0:-19 7:10 8:15
a:hoe 2:21 5:21 8:-11
a:hoef 6:18
a:hoeft 0:36 8:-14
a:hoger 0:-23 8:19
a:hoofd 0:14 4:10
a:hoofddoek 0:-10 4:15
a:hoog 8:24
a:hoor 8:14
a:hoorde 5:20
a:hoort 0:-21 8:32
a:horeca 4:23
a:horen 4:12
a:houding 0:12
a:hun 3:28
a:idee 0:16 3:11 7:-11
a:iedereen 0:22
a:iemand 0:46
a:iets 0:17 1:16 4:14 7:-20 8:44
a:ik 0:-11 3:-16 5:16 6:12 7:40 8:20
a:in 0:15 1:-10 5:15 6:20
a:informatie 0:11
a:ingeleverd 0:-15 7:21
a:ingesteld 4:11
a:ingevuld 7:18
a:initiatief 1:12
a:inschrijving 7:20
a:interesse 0:10
a:interessetest 3:10 8:11
a:is 2:-21 7:-15 8:55
a:jaar 0:-22 1:23 3:27 4:-13 6:14 7:18
a:je 0:-34 1:-21 2:39 3:-24 4:-34 6:34 7:31
a:jezelf 0:18 8:-10
a:jij 1:34 3:42 6:-11 8:54
a:jongen 4:18
a:jongens 0:-18 4:37
a:jou 0:-55 1:41 8:58
a:journalisten 0:11
a:jouw 0:-33 3:18 6:-14 8:28
a:jullie 5:22 6:13
a:kaderberoepsgerichte 8:14
a:kan 0:14 5:12 6:41 8:-17
a:kans 7:29
a:kansen 7:17
a:kant 1:15
a:kanten 0:15
a:kapper 0:12
a:keer 0:20 3:-10 7:12
a:ken 0:14
a:kennen 0:12
a:kent 0:23
a:kerstvakantie 6:22
a:keuze 1:-12 4:-11 6:-16 7:43
a:keuzedeel 0:15
a:keuzeformulier 7:14
a:keuzemoment 0:14
a:keuzes 0:20
a:keuzevak 0:20
a:kies 0:-39 7:25 8:56
a:kiest 0:-19 7:31 8:13
a:kiezen 0:14 4:22
a:kijk 3:20
a:kijken 0:17
a:kijkt 0:12
a:kind 4:16
a:kinderen 8:17
a:kinderopvang 4:11
a:klaar 0:-14 6:34
a:klas 3:20
a:klasgenoot 0:13
a:klasgenoten 3:12
a:kleiner 7:27
a:kleuren 5:11
a:klik 6:12
a:klok 7:20
a:kok 8:34
a:komt 5:10 7:14
a:koos 8:15
a:koppelt 0:17
a:korte 1:12
a:krijgt 7:24
a:kun 4:39 7:19 8:-14
a:kunnen 5:15
a:kunstacademie 8:15
a:kunt 7:13 8:29
a:kwaliteit 0:16
a:kwaliteiten 0:35
a:kwijt 0:-10 1:14 7:15
a:laag 0:-13
a:laat 6:30 7:11 8:19
a:laatst 0:13
a:laatste 0:-28 2:26
a:lang 7:14
a:lastig 0:-12 1:23
a:laten 2:18
a:later 0:34 8:33
a:leerbaan 7:19
a:leerbedrijf 0:-11 1:-17 3:11 7:38
a:leerling 4:19 7:-13 8:16
a:leerlingen 1:-11 3:37 4:12
a:leert 0:15
a:leerweg 8:12
a:leg 0:15 2:13
a:leggen 0:11
a:leraar 8:14
a:leren 0:13
a:let 0:-15 7:10
a:leuk 0:21 8:-11
a:leven 7:14
a:lever 0:-18 6:26 7:15
a:lichamelijke 1:16
a:liefst 0:11
a:liever 0:-15 8:29
a:lig 7:19
a:ligt 1:14 4:20
a:lijkt 0:-15 8:24
a:lob 3:15 6:31
a:logboek 0:-13 7:14
a:loopbaan 0:16
a:loopbaanbegeleider 0:16
a:loopbaanbegeleiding 0:37 8:-12
a:loopbaandossier 0:-25 6:19
a:loopbaangesprek 2:14 7:13
a:loopbaanplan 0:-11 5:14
a:loopt 0:-16 1:12
a:lopen 0:11
a:luisteren 1:14
a:lukt 1:12
a:maakt 0:61 8:-16
a:maandag 7:36
a:maar 0:-18 7:-10 8:73
a:maart 7:16
a:maatschappij 8:14
a:mag 0:34 7:25 8:-11
a:magister 6:17
a:maken 0:12
a:mbo 8:24
a:mbo-diploma 0:-13 8:12
a:mbo-opleiding 1:30
a:me 1:-12 4:13 7:-21
a:medicijnen 0:-17 5:27
a:mee 5:10 6:20 8:25
a:meeloopdag 7:13
a:meeloopdagen 0:-10 6:11
a:meelopen 0:17 7:-11
a:meeneemt 0:10
a:meer 7:32 8:13
a:meest 4:10
a:meestal 0:-13 4:52
a:meeste 8:13
a:mei 0:27 7:11
a:meiden 3:-14 4:19
a:meisje 4:33
a:meisjes 0:-10 4:15
a:meld 7:17
a:mens 0:12
a:mensen 0:22 1:10
a:mentor 5:14 7:13
a:met 0:16 2:-16 5:-13 8:21
a:meteen 8:17
a:mij 0:-15 8:21
a:mijn 0:-14 7:14 8:29
a:misschien 0:-18 1:11 2:10 5:27
a:mist 0:-31 1:54 7:15
a:module 6:10
a:moeder 0:-10 5:10 8:13
a:moeite 1:11
a:moet 0:13 8:24
a:mogelijke 0:14
a:moment 0:44 8:-11
a:monteur 8:11
a:mooi 0:37
a:mooie 1:18
a:morgen 7:26
a:motief 0:27 8:-11
a:motieven 0:35
a:na 0:23 1:-16 3:11 4:-12 7:11 8:26
a:naar 2:-18 3:22 4:-21 6:-25 7:13
a:naast 0:32
a:nadenken 4:18
a:natuur 8:20
a:natuurlijk 4:13
a:nederlands 3:16
a:neef 3:24
a:neem 8:19
a:nemen 0:-14 2:11 5:14 8:20
a:net 4:11
a:netwerk 0:44 8:-14
a:netwerken 0:11
a:niet 2:-14 3:-27 4:18 6:10 7:45
a:niets 7:17
a:nieuwe 0:13
a:nieuwsgierigheid 0:27 8:-15
a:niveau 0:-27 8:37
a:noem 0:21
a:noemen 0:14
a:nog 0:-12 3:-12 5:11 6:23 7:74 8:-43
a:nooit 1:13 7:18
a:noteer 6:14
a:nou 1:17 8:11
a:nu 3:11 7:25 8:-10
a:oefenen 0:11
a:of 0:42 2:24 4:12 5:35 8:-24
a:om 0:27 7:-10 8:-12
a:omdat 0:-28 1:15 4:43
a:omhoog 0:-16 2:18
a:omweg 0:17
a:onder 0:-13
a:onderdelen 6:12
a:ondermaats 0:-20 1:13 8:10
a:ondernemer 0:11
a:onderwerp 0:13
a:onlangs 5:21
a:ontbreekt 1:10 6:11
a:ontdek 0:12
a:ontwerpen 0:13
a:ook 0:55 1:16 3:30 4:-22 5:12 8:-25
a:op 0:-24 1:14 6:16
a:opdracht 6:19
a:open 0:15 6:11 7:-18
a:opent 0:28
a:opleiding 0:20 1:-22 3:-16 8:21
a:opleidingen 0:39
a:oppakt 0:13 1:16
a:opties 8:11
a:opvoeding 1:16
a:orientatie 0:12
a:ouders 0:18 1:-10 7:43
a:over 0:65 1:-19 3:-13 6:-20 8:-34
a:overleg 8:15
a:overstappen 0:13
a:overzicht 0:13
a:overzien 4:11
a:pabo 2:13
a:pakken 3:14
a:paraaf 6:28
a:pas 6:10
a:past 0:18 2:16 8:37
a:per 0:-14 2:24
a:periode 0:-13 2:27
a:pittig 0:11
a:plan 0:12
a:plannen 1:32
a:plek 7:23 8:12
a:plezier 0:24
a:politie 3:12
a:politieacademie 8:14
a:portfolio 0:-14 3:11 6:20
a:praat 0:11
a:praktijk 0:12
a:praktijkbegeleider 0:11
a:praktijkonderwijs 0:-23 3:13 4:21
a:praktijkopleider 1:15 6:22
a:praktisch 4:11
a:praten 0:19
a:prater 0:-11 1:16
a:precies 0:-11 3:16
a:prima 0:17 8:10
a:procent 2:16
a:profiel 3:11 7:18
a:profielkeuze 7:21
a:profielwerkstuk 3:16
a:punt 0:10
a:raken 0:11
a:rapport 0:-17 2:18
a:rapportcijfers 2:18
a:realistisch 0:-10
a:recht 0:20 7:-13
a:rechten 3:15 4:12
a:redden 0:-16 4:26
a:reflectie 7:19
a:reflecties 6:22
a:reflectieverslag 6:13
a:reflectieverslagen 6:19
a:regel 0:12
a:rekentoets 2:30
a:rest 7:14
a:resultaat 0:39
a:resultaten 0:-11
a:richting 0:40
a:rij 1:12
a:risicoleerling 0:-18 1:19
a:roc 3:13
a:rond 5:25
a:route 0:32
a:routes 0:28
a:ruimte 0:24 7:17
a:rustig 0:15
a:samen 0:67 7:-12 8:-16
a:samenwerken 1:16 8:-10
a:sanne 3:12
a:schiet 0:-14 1:23 7:11
a:schieten 0:-10 8:17
a:school 0:21
a:schoonmaak 4:12
a:schrijf 7:14
a:schrijven 1:18
a:scoorde 2:24
a:serieus 0:16
a:sinds 2:14 5:13
a:slapen 0:16
a:slb'er 0:19
a:slim 4:12
a:sluit 0:-20 7:20 8:11
a:sluiten 6:25
a:snel 1:24 7:21
a:snuffelstage 0:12
a:soms 0:50
a:soort 0:12
a:spreken 3:11
a:springt 6:16
a:sta 0:-17 6:20
a:staan 8:14
a:staat 5:14 6:19
a:stage 0:28 7:-13 8:18
a:stage-ervaring 0:14
a:stageplek 1:18 3:21 5:16
a:stagiairs 3:16
a:stap 0:37
a:start 0:12
a:stel 0:23
a:stemmen 5:12
a:sterk 0:32
a:sterker 8:11
a:sterkste 1:15
a:stil 5:11
a:stilzitten 0:-12 1:15
a:stop 0:-21 8:26
a:strakke 0:12
a:straks 0:-16 1:13 2:15 7:25
a:stromen 8:12
a:studenten 0:12
a:studie 3:12
a:studiekeuze 0:22
a:studiekeuzecheck 0:30
a:sturen 8:14
a:stuur 6:10
a:taal 0:11 1:19
a:tafel 5:14
a:talent 0:15 1:22
a:te 4:-12 6:17 7:35 8:20
a:team 8:21
a:teamleider 0:-16 7:32
a:techniek 0:-15 4:29 8:15
a:tekenen 6:19
a:tekort 0:-11 1:24
a:teksten 1:18
a:teleurstelling 0:12
a:telt 6:28 7:-13
a:tempo 1:13
a:terecht 0:-13 1:15
a:terechtkunt 0:12
a:terug 0:11
a:terugkijken 0:10
a:terwijl 0:15
a:thuis 4:11 5:28 7:13
a:tijd 7:26 8:15
a:tijdens 5:15
a:tikt 7:20
a:toch 8:11
a:toe 0:14
a:toegelaten 2:15
a:toekomst 8:16
a:toetsen 2:10
a:toont 1:11
a:tot 0:15 6:-18 7:24
a:tussen 7:11
a:tussenjaar 8:35
a:twee 0:13 7:29
a:tweede 0:22 2:10 8:-10
a:twijfel 5:11 7:20
a:twijfelt 0:-11 7:18
a:typisch 0:-20 4:31
a:typische 0:-21 4:22
a:u 0:-15 1:21 3:11
a:uit 2:22 4:33 7:-28
a:uiterlijk 7:11
a:uitleggen 0:23
a:uitslag 2:23
a:universiteit 4:11 8:18
a:upload 6:27
a:urenbriefje 6:20
a:vaak 0:19 4:69 8:-11
a:vader 8:12
a:vak 0:12 2:23 8:-13
a:vaker 0:11
a:vakken 1:12
a:val 7:11
a:valt 0:-18 1:23
a:van 1:16 5:-14 7:-17 8:-44
a:vandaag 7:46
a:vanzelf 0:22 8:-11
a:vast 4:27
a:veel 0:11 4:20 6:-10 7:-19
a:ver 1:12
a:verbindt 0:16
a:verder 3:19 8:17
a:vergeleken 3:19
a:vergeten 7:40
a:verhaal 0:11
a:verkeerde 0:-13 7:30
a:verkennen 0:16
a:verkenning 0:17
a:verkoop 4:13
a:verpleegkunde 8:12
a:verrassingen 0:12
a:verschillende 0:18
a:verstandig 0:-12 8:16
a:verstandiger 0:-11 8:23
a:vertel 1:11 5:44
a:vertelde 5:16
a:vertellen 5:13
a:vervolgstap 0:12
a:verwacht 0:-12 1:13 7:10
a:verwachtingen 0:15
a:verzorgers 0:20
a:via 0:16
a:viel 0:16
a:vindt 0:19
a:vink 6:23
a:vinkje 6:20
a:vluchtelingen 4:13
a:vmbo 0:11 1:11
a:vmbo'er 4:11
a:voelt 0:13
a:vol 6:10
a:volgend 7:14
a:volgende 0:15
a:volgens 8:34
a:volgt 7:15
a:voltooid 0:-27 6:30
a:vond 0:26
a:voor 1:-23 2:24 5:-25 7:26 8:42
a:voordat 5:12 8:-14
a:voorkeuren 0:18
a:voortgang 0:-17 6:13
a:vorig 3:18
a:vorige 3:13
a:vraag 0:34
a:vraagstukken 0:11
a:vraagt 1:40 8:-11
a:vragen 0:43 7:-12 8:-11
a:vrienden 3:22
a:vrijdag 0:-29 6:14 7:16
a:vroeg 0:14
a:vul 0:-20 6:25
a:vwo 3:22
a:waar 0:40 1:16
a:waarden 0:43
a:waardevol 0:11
a:waarom 1:12
a:waarop 0:23
a:wacht 0:-12 7:32
a:wachten 7:31
a:wandelend 0:19
a:want 0:-18 1:10 7:41 8:-10
a:was 2:16 8:18
a:wat 0:18 4:41 6:-18 7:-27 8:15
a:we 0:28 1:29 3:-11 5:31 7:-16 8:-11
a:week 0:10 7:26
a:weer 0:11
a:weet 0:15
a:weg 0:27
a:weinig 0:-37 1:56 4:18 8:11
a:weken 7:31
a:wel 7:21
a:welk 0:11 2:16
a:welke 0:44 8:-17
a:welkom 0:23
a:werk 0:44 3:12 5:24
a:werken 0:22 8:21
a:werkhouding 1:28
a:werkplek 0:13
a:werkt 0:14 3:14 4:-13
a:werkte 0:12
a:werkveld 0:12
a:werkvelden 0:19
a:werkvloer 0:16
a:weten 0:13 5:14 7:-25
a:wie 3:-11 7:82 8:-19
a:wij 0:-12 8:18
a:wijst 0:14
a:wil 0:-30 7:20
a:wilde 0:17
a:willen 5:17
a:wilt 0:33 7:-22 8:10
a:wiskunde 8:20
a:woensdag 7:22 8:-12
a:woorden 0:24
a:word 0:-18 8:51
a:worden 0:-23 7:22 8:14
a:wordt 4:-14 5:-12 6:-12 7:19
a:zag 0:19 2:21
a:ze 4:12
a:zeggen 0:13
a:zegt 0:11
a:zei 0:15
a:zekerheid 8:13
a:zelf 0:32 1:13 7:13 8:-26
a:zelfstandigheid 1:18
a:zet 2:21 6:26
a:zetten 6:15
a:zichtbaar 0:15
a:zichzelf 7:13
a:zie 0:-10 8:32
a:ziekenhuis 8:11
a:zien 0:33 2:10 6:12 8:-14
a:ziet 6:12
a:zij 0:-21
a:zijn 0:27 1:-15 3:13 4:17 6:-11 8:-25
a:zit 0:-21
a:zo 2:-11 3:-10
a:zo'n 0:12
a:zoals 4:35 8:21
a:zodat 0:-21 2:15 6:33
a:zoek 0:-14 8:35
a:zoeken 0:30 1:18 7:-17
a:zoekt 0:14
a:zomer 0:-11 3:11
a:zonde 8:24
a:zonder 0:13 1:21 3:13 4:-12 6:-12 7:40
a:zorg 6:18 8:12
a:zou 0:-26 4:15 8:44
a:zus 3:27
a:zwak 0:-20 4:18
a:zwakke 0:-12
b:%_gevuld 6:10
b:/_<grade> 0:-13 6:17
b:<grade>_/ 0:-13 6:17
b:<grade>_? 8:12
b:<grade>_al 1:18
b:<grade>_april 0:17
b:<grade>_de 0:18
b:<grade>_f 2:21
b:<grade>_februari 0:16
b:<grade>_gemiddeld 2:13
b:<grade>_havo 3:14
b:<grade>_kader 3:15
b:<grade>_maart 7:16
b:<grade>_mei 0:25 7:22
b:<grade>_van 0:-14 6:40
b:<grade>_voor 2:56
b:<num>_% 6:34
b:<num>_procent 2:13
b:<num>_van 6:12
b:^_<grade> 6:20
b:^_aan 0:16
b:^_aanmelden 0:19
b:^_als 0:-19 2:37 4:94 7:58 8:12
b:^_andere 0:-16 3:29
b:^_anders 6:10
b:^_begin 8:16
b:^_ben 0:-12 3:20 5:24
b:^_beschrijf 0:12
b:^_besef 0:-12 7:31
b:^_bespreek 2:10
b:^_bij 0:54 1:11 4:-14
b:^_contact 0:12
b:^_contacten 0:15
b:^_daar 0:10
b:^_daarna 6:-10 7:27
b:^_dan 6:12 8:11
b:^_dat 0:15 5:12 6:-13 8:25
b:^_de 0:37 3:26 4:-17 7:28
b:^_denk 0:-12 7:32
b:^_deze 0:-18 8:20
b:^_die 0:-23 8:29
b:^_dit 0:-10 7:26 8:24
b:^_doe 0:-24 8:19
b:^_draag 5:11
b:^_een 0:55 4:28 7:-12 8:11
b:^_eerlijk 0:-16 1:17 8:21
b:^_eerstegeneratiestudenten 0:16
b:^_eet 5:23
b:^_elke 7:14
b:^_er 7:24
b:^_ga 3:17
b:^_gebruik 0:-10 5:24
b:^_geef 0:16
b:^_geen 7:28
b:^_gefeliciteerd 0:12
b:^_geneeskunde 8:27
b:^_gezien 0:-17 1:43
b:^_goed 0:14
b:^_haalt 2:13 5:11
b:^_havisten 4:17
b:^_heb 0:-46 4:20 5:57 6:48
b:^_heeft 6:20
b:^_helpt 5:17
b:^_herken 0:-10 1:16 4:18
b:^_het 0:43 3:13 7:-11 8:18
b:^_hij 0:-22 8:15
b:^_hoe 0:11 4:-46 6:-34 7:-22 8:-18
b:^_hoeveel 0:-14 1:-14 2:29 6:27
b:^_hoor 0:17
b:^_iedereen 0:-12 7:48
b:^_ik 0:52 2:14 4:-14 6:12
b:^_in 0:20 4:-19 7:-14
b:^_is 0:-18 1:-31 6:47
b:^_isk-leerlingen 4:15
b:^_je 0:-23 1:40 3:32 4:-69 6:-16 7:-39
b:^_jij 0:-24 1:30 3:-12 4:50 8:21
b:^_jongens 0:-11 4:33
b:^_journalisten 0:10
b:^_jouw 3:18
b:^_jullie 4:22 5:13
b:^_kies 7:27 8:15
b:^_kijk 3:21
b:^_kinderen 4:18
b:^_klopt 4:15
b:^_koppelt 0:17
b:^_krijgen 5:14
b:^_kunnen 5:11
b:^_kwaliteiten 0:10
b:^_laat 0:13 6:34 7:-32
b:^_laten 0:15 2:19
b:^_leerlingen 4:35
b:^_leg 2:15 3:12
b:^_let 0:-27 5:18
b:^_lever 0:-18 6:26 7:15
b:^_lijkt 0:16
b:^_loopbaanbegeleiding 0:11
b:^_mag 5:14
b:^_meisjes 4:16
b:^_mens 0:12
b:^_mensen 4:11
b:^_met 0:-20 1:31 2:69 4:50 5:-12 8:41
b:^_mijn 0:-18 8:35
b:^_misschien 0:-13 1:11 2:10 5:13
b:^_mooi 0:13
b:^_na 0:30 8:26
b:^_naar 8:18
b:^_natuur 0:16
b:^_netwerken 0:11
b:^_nieuwe 0:12
b:^_nieuwsgierigheid 0:18 8:-12
b:^_noem 0:14
b:^_nog 0:-24 6:23 7:19
b:^_noteer 6:15
b:^_nu 0:17 5:13
b:^_omdat 0:-32 1:18 4:47
b:^_ook 0:10
b:^_op 2:-13 3:38 5:-11 7:-14
b:^_ouders 0:18
b:^_overstappen 0:13
b:^_pak 0:-16 2:22
b:^_past 0:10 4:10
b:^_praktijkleerlingen 0:-10 4:18
b:^_sanne 3:12
b:^_schiet 7:27
b:^_schrijf 0:12
b:^_slaap 5:15
b:^_slik 0:-18 5:28
b:^_soms 0:17
b:^_spreekt 0:22 4:-14
b:^_staat 2:14
b:^_stel 0:23
b:^_sterk 0:13
b:^_stop 0:-11 8:15
b:^_twijfel 0:19
b:^_typisch 0:-20 4:31
b:^_u 1:17
b:^_uit 8:21
b:^_upload 6:27
b:^_van 0:19 3:13
b:^_vandaag 7:15
b:^_veel 0:15
b:^_verbindt 0:16
b:^_vergeleken 3:37
b:^_vertel 0:-10 1:15 2:23 5:48
b:^_verwachtingen 0:14
b:^_vink 6:19
b:^_volgens 8:34
b:^_voor 0:-23 1:16 4:45 6:22
b:^_voorkeuren 0:18
b:^_vorig 3:23
b:^_vraag 0:14
b:^_vso-leerlingen 0:-21 4:31
b:^_vul 0:-19 6:41
b:^_waar 0:74 1:15 5:-21 7:12
b:^_waarom 0:-53 1:50 3:42 5:12
b:^_wanneer 1:-13 6:27 7:31
b:^_wat 0:60 1:30 2:17 5:-18 6:-12
b:^_we 0:16 1:15 5:15
b:^_weet 7:13
b:^_welk 0:38 1:19 2:18 3:-16 4:38 5:-18 6:-16
b:^_welke 0:53 3:-21 4:18 5:-26 6:19 7:-28
b:^_werkexploratie 0:14
b:^_wie 3:26 7:58
b:^_wij 0:-12 8:18
b:^_wil 7:17
b:^_wilt 7:11
b:^_wist 0:-19 4:12
b:^_woon 0:-15 5:22
b:^_ze 0:-30 8:20
b:^_zet 3:16
b:^_zie 8:13
b:^_zij 0:-21
b:^_zijn 3:16 6:26
b:^_zonder 0:-18 1:29 7:40
b:^_zorg 0:15 6:20 8:-14
b:^_zou 0:-21 6:-13
b:^_zullen 2:10 8:23
b:aan_? 0:-37 2:15 4:32
b:aan_de 0:22 4:37 8:-13
b:aan_een 0:21
b:aan_gedacht 4:15
b:aan_het 0:13 2:12
b:aan_iemand 0:14
b:aan_in 8:11
b:aan_je 0:-35 1:51 5:23
b:aan_lob 3:15 5:13
b:aan_te 7:18
b:aan_welke 4:10 6:13
b:aanmelden_voor 0:17
b:aanmeldt_heeft 0:19 7:-14
b:aanmeldt_voor 2:12 8:-12
b:aanpakken_? 1:14
b:achter_de 0:26
b:achter_het 7:10
b:achterstand_in 0:15
b:adhd_is 4:12
b:advies_is 0:-10 8:11
b:advies_van 0:25
b:af_? 0:-10 2:34 6:14
b:af_als 7:16
b:af_bij 1:14
b:af_en 3:11
b:af_te 6:15
b:afgerond_wat 0:11
b:al_aan 4:15
b:al_bekeken 0:18 1:17 6:-25
b:al_beter 3:11
b:al_bij 3:19 5:20
b:al_compleet 6:19
b:al_drie 3:30
b:al_een 1:17
b:al_eens 4:13
b:al_gedaan 0:11
b:al_gekozen 7:13
b:al_is 0:13
b:al_laten 6:16
b:al_op 6:16
b:al_twee 1:26
b:al_wandelend 0:19
b:al_weten 3:10
b:alle_leerlingen 3:13
b:allemaal_in 5:13
b:alles_wat 1:11
b:als_de 0:23
b:als_die 3:17
b:als_een 0:25 1:-10
b:als_eerste 1:11
b:als_het 0:26 6:13
b:als_iemand 0:15
b:als_ik 8:21
b:als_je 3:-23 4:-60 6:-40 7:53 8:-20
b:als_jij 5:19
b:als_jongen 4:11
b:als_kind 4:16
b:als_meisje 0:-14 4:42
b:als_student 1:20
b:als_typische 4:18
b:ambitieus_als 3:25
b:andere_bbl-studenten 3:10
b:andere_opleiding 0:28
b:andere_stagiairs 3:16
b:anderen_in 3:20
b:anders_? 3:35
b:anders_aan 0:-11 4:18
b:anders_dan 0:36
b:anders_doen 0:10
b:anders_telt 6:28 7:-13
b:anders_wordt 7:17
b:baan_in 0:-11 4:11 8:10
b:bbl-studenten_van 3:10
b:bbl_? 4:12
b:bedrijf_niet 8:11
b:beeld_van 5:12
b:begin_van 0:10
b:begint_bij 0:16
b:begint_in 8:15
b:behalve_jij 3:18
b:bekeken_? 0:14 1:16 6:-18
b:bekijken_? 4:10
b:bel_je 7:12
b:ben_benieuwd 0:20
b:ben_je 0:-12 4:16 5:17
b:ben_jij 0:-14 3:46 8:14
b:bent_? 0:26 1:19
b:bent_best 1:30
b:bent_de 3:14
b:bent_een 0:-10 4:41 8:-17
b:bent_geen 0:-13 1:17 4:-17 8:21
b:bent_niet 1:11 4:-16 8:17
b:bent_te 8:18
b:bent_voor 0:27
b:bereik_? 2:12
b:beroep_dat 0:19 1:-11
b:beroep_heb 0:11
b:beroep_kun 1:17
b:beroep_noemen 0:11
b:beroep_te 1:11
b:beroepen_die 6:11
b:beroepen_in 0:33
b:beroepen_passen 0:-17 4:20
b:beroepen_waarin 0:14
b:beroepen_zijn 1:13
b:beroepen_zonder 1:16
b:beroepentest_word 8:19
b:beroepskeuze_? 1:13
b:beschrijf_een 0:12
b:beschut_werk 0:-25 4:47
b:besloten_dat 0:-13 8:28
b:bespreek_in 2:10
b:best_? 4:15
b:beste_resultaat 0:11
b:beste_vriend 3:13
b:betalen_? 5:24
b:betekent_dat 0:-26 2:15 5:21
b:beter_? 4:28
b:beter_bij 8:19
b:beter_dan 3:13
b:beter_in 0:10
b:beter_nederlands 3:11
b:bewijs_van 0:-14 6:11 7:11
b:bezig_? 0:13
b:bezig_bent 0:11
b:bezocht_? 6:13
b:bezoeken_? 0:-11 4:14
b:bij_? 3:16
b:bij_aan 5:11
b:bij_alle 1:12
b:bij_dat 8:11
b:bij_de 1:-33 3:28 4:-10 6:-14 8:-20
b:bij_dit 3:14
b:bij_economie 1:21
b:bij_een 0:22 2:11 4:-19
b:bij_elke 0:-15 6:24
b:bij_en 0:-16 2:18
b:bij_het 0:35 5:15
b:bij_iemand 0:-16 1:20 8:12
b:bij_je 0:16 1:-13 5:19 7:-11
b:bij_jezelf 4:16
b:bij_jou 0:-48 1:19 2:-12 3:17 4:29
b:bij_jouw 4:21
b:bij_jullie 5:12
b:bij_lichamelijke 1:16
b:bij_mij 0:12 7:11
b:bij_nederlands 1:11
b:bij_techniek 2:17 7:10
b:bij_wat 0:40
b:bij_welk 0:14
b:bij_welke 0:11
b:bij_wie 0:15 5:15
b:bij_wiskunde 0:-10
b:bij_zo 4:12
b:bijbaan_? 0:19
b:bijgebleven_? 0:27
b:binnen_bereik 2:12
b:binnen_een 0:12
b:blijf_jij 1:12
b:blijft_bij 0:12
b:blijft_er 0:-28 1:28
b:blijkt_dat 8:21
b:bouw_of 4:10
b:bouwen_wonen 2:14
b:broertjes_en 5:10
b:brood_mee 8:12
b:buiten_school 0:17
b:cijfer_van 2:12
b:cijfer_voor 0:11 2:36 5:-14
b:cijfers_ben 2:14
b:cijfers_van 2:14
b:compleet_? 6:19
b:concentratie_is 1:17
b:cultuur_en 0:-23 4:18 8:10
b:daar_? 0:11
b:daar_al 4:14
b:daar_een 3:10
b:daar_het 1:21
b:daar_nu 0:-14 2:21
b:daar_volgens 3:12
b:daaraan_? 0:-18 2:11 3:13
b:daaraan_doen 3:12
b:daarbij_helpen 1:13
b:daarmee_aan 2:12
b:daarna_ben 6:12
b:daarna_volgt 0:17
b:dag_anders 0:11
b:dag_met 0:10
b:dag_op 0:12
b:dag_van 0:14 1:11
b:dagen_bezocht 3:10
b:dagen_heb 0:-10 6:14
b:dan_? 8:17
b:dan_ben 7:12
b:dan_de 3:16
b:dan_het 3:10 8:18
b:dan_ik 0:37
b:dan_is 0:-12 6:15
b:dan_je 0:37 1:-11
b:dan_jij 3:34
b:dan_nog 0:-19 2:22 7:11
b:dan_over 0:-15 1:13 3:12
b:dan_regel 0:13
b:dan_springt 6:16
b:dan_voor 0:-16 2:30
b:dan_wel 1:13
b:dat_? 0:-40 1:-16 3:50 4:17 8:21
b:dat_aanpakken 1:15
b:dat_bij 0:-14 1:-11 2:25 4:24
b:dat_cijfer 0:11
b:dat_de 0:21 4:25 7:15
b:dat_een 0:-10 5:16
b:dat_graag 0:17
b:dat_het 0:14 1:-11 2:10 4:17
b:dat_iemand 0:14
b:dat_iets 0:16
b:dat_ik 7:17
b:dat_is 8:11
b:dat_je 0:70 1:29 3:-14 7:26
b:dat_jij 0:-12 1:42 8:21
b:dat_jouw 1:21
b:dat_kan 0:21 5:13
b:dat_mee 5:14
b:dat_niet 1:-13 3:46
b:dat_nu 0:10
b:dat_ook 0:-19 1:13 3:17 4:12
b:dat_op 0:-14 1:10 4:25
b:dat_past 1:12
b:dat_staat 8:14
b:dat_tempo 0:25 4:-15
b:dat_vak 0:12
b:dat_volgens 0:-14 2:17
b:dat_voor 5:18
b:dat_wat 0:-13 4:16 7:14
b:dat_werk 0:11
b:dat_wordt 8:12
b:de_<grade> 0:16 6:17
b:de_<num> 6:15 7:13
b:de_aanmelddatum 7:22
b:de_andere 3:32
b:de_anderen 3:20
b:de_bank 4:14
b:de_bbl 0:11 4:12
b:de_bbl-route 8:16
b:de_beroepenmarkt 0:-11 6:17
b:de_beroepentest 0:-13 3:10 6:16 8:28
b:de_beveiliging 8:13
b:de_boot 0:-14
b:de_bouw 4:23
b:de_buurt 4:21
b:de_checklist 0:-14 8:12
b:de_deadline 7:14
b:de_decaan 6:28
b:de_detailhandel 1:14
b:de_dierenarts 0:12
b:de_doorslag 0:12
b:de_eerste 0:11
b:de_enige 0:-14 3:17
b:de_grens 2:16
b:de_hand 4:28
b:de_handtekeningen 6:13
b:de_havo 0:-20 8:38
b:de_hele 5:13 6:-12 7:15
b:de_helft 1:27
b:de_herfstvakantie 2:11 6:16
b:de_horeca 4:23
b:de_inhoud 6:11
b:de_inschrijving 7:14
b:de_interessetest 3:14
b:de_kaderberoepsgerichte 8:14
b:de_kans 0:15
b:de_kerstvakantie 6:19
b:de_keuze 0:28 7:-11
b:de_kinderopvang 4:11
b:de_klas 3:29
b:de_klok 7:20
b:de_komende 0:19
b:de_kunstacademie 8:14
b:de_laatste 0:-26 2:13 5:25
b:de_landbouw 4:18
b:de_leerling 0:69
b:de_leerlingen 0:-11 3:17
b:de_les 0:11
b:de_logistiek 4:11
b:de_loopbaan 0:14
b:de_meeste 3:17 8:14
b:de_mentor 0:13
b:de_onderste 3:26
b:de_oorzaak 2:14
b:de_open 0:18 1:23
b:de_opleiding 0:36 2:21 5:-11 8:21
b:de_pabo 0:-16 2:41 8:19
b:de_politie 3:12
b:de_politieacademie 8:14
b:de_praktijk 0:21
b:de_praktijkbegeleider 0:10
b:de_praktijklessen 1:14 5:24
b:de_psycholoog 0:-11 5:32
b:de_relatie 5:16
b:de_rest 0:-14 1:22 3:12 7:13
b:de_ruzies 0:-19 5:26
b:de_scheiding 5:22
b:de_schermen 0:11
b:de_schoonmaak 0:-16 4:21
b:de_stage 0:20
b:de_start 0:16
b:de_student 0:15
b:de_studiekeuze 3:12
b:de_teamleider 0:-16 7:32
b:de_techniek 0:-17 1:23
b:de_thuiszorg 5:17
b:de_tijd 0:45
b:de_toetsweek 5:14
b:de_twee 4:12
b:de_universiteit 4:32 8:20
b:de_verkeerde 0:-10
b:de_vijf 6:11
b:de_voedselbank 5:18
b:de_volgende 2:24
b:de_vraag 0:11
b:de_weg 1:22 2:13
b:de_werkvloer 0:24
b:de_zomer 0:-18 1:16
b:de_zorg 0:-12 5:27 8:26
b:deed_? 0:11
b:deed_het 3:12
b:deed_je 0:22
b:deel_van 0:15
b:definitieve_keuze 7:12
b:delen_voor 0:23
b:denk_dat 8:10
b:denk_erom 0:-11 7:16
b:denk_je 5:-26 6:-22 8:-10
b:denk_jij 4:11
b:denken_? 0:-13 2:12
b:denkt_? 0:-11 2:12 5:20
b:deuren_open 8:12
b:deze_keuze 7:15
b:deze_leerling 8:10
b:deze_periode 2:23
b:deze_week 0:17 6:18 7:14
b:die_al 0:-10 3:19
b:die_anders 0:15
b:die_cijfers 2:18
b:die_de 2:12
b:die_droom 0:-10
b:die_een 0:11 1:27 8:-11
b:die_heeft 3:14
b:die_in 6:15
b:die_je 0:37 5:24 6:23
b:die_meedenkt 0:20
b:die_moeite 1:12
b:die_stage 8:11
b:die_van 3:22
b:die_zo 1:18
b:dingen_die 0:19
b:dingen_heb 0:10
b:dit_gesprek 0:-11 5:13 6:13
b:dit_haalt 0:18
b:dit_is 7:27 8:11
b:dit_jaar 0:-18 1:27 2:38 6:16
b:dit_loopbaangesprek 0:-11 2:24
b:dit_moment 0:-18 2:16 5:14
b:dit_onderwerp 0:16 2:-11
b:dit_profiel 0:11
b:dit_resultaat 0:14
b:dit_schooljaar 6:35
b:dit_was 0:-11
b:doe_je 0:13 6:10
b:doe_jij 3:10
b:doen_? 0:-25 2:14 4:-17 5:-13 7:20
b:doen_aan 0:-13 1:24
b:doen_als 0:20
b:doen_met 5:10
b:doen_om 4:11 6:12
b:doet_het 0:41
b:door_je 5:14
b:door_naar 7:16
b:door_te 2:25
b:doorzetter_bent 1:20
b:draagt_zou 0:-10 4:15
b:drie_beroepen 6:11
b:drie_dingen 0:16
b:drie_meeloopdagen 6:11
b:drie_onvoldoendes 2:10
b:drie_weken 7:11
b:duits_? 0:-14 2:23
b:durf_je 0:11
b:dus_daar 8:17
b:dus_hoe 2:14 7:19
b:dus_je 4:20
b:dus_welke 1:24 6:-13
b:echt_bij 4:10
b:echt_de 7:19
b:echt_goed 1:20
b:echt_keuzemoment 0:10
b:economie_en 0:11
b:economische_studie 2:15
b:een_<grade> 0:-13 2:101
b:een_ander 7:13
b:een_andere 0:39
b:een_baan 0:14 1:16 4:13
b:een_bakker 0:13
b:een_beetje 0:-10 4:10 5:24 7:16
b:een_bekende 0:17
b:een_beroep 0:33
b:een_bewijs 0:-11 6:18
b:een_cijfer 0:26
b:een_compliment 0:11
b:een_deadline 0:16
b:een_doener 4:11
b:een_echte 0:-14 4:40 8:-20
b:een_economische 2:15
b:een_eigen 4:12
b:een_foto 6:22
b:een_gesprek 7:28
b:een_goede 0:20 1:14 7:16
b:een_groot 8:12
b:een_grote 4:20 8:-19
b:een_hoofddoek 0:-15 4:24
b:een_jaar 7:10
b:een_kamer 5:10
b:een_kantoorbaan 3:11
b:een_keer 7:16
b:een_keuze 0:27
b:een_klasgenoot 0:17
b:een_kleine 0:14
b:een_klik 0:13
b:een_kwaliteit 0:15
b:een_lange 4:14
b:een_lastig 1:14
b:een_leerbaan 7:19
b:een_leerbedrijf 3:10
b:een_leerling 0:28
b:een_mbo-diploma 0:-13 8:12
b:een_mbo-opleiding 1:30
b:een_mogelijke 0:12
b:een_moment 0:19
b:een_mooi 0:11
b:een_mooie 1:17 2:-11
b:een_nieuwe 0:14
b:een_omweg 0:17
b:een_open 0:12
b:een_opleiding 0:-25 1:16 2:-19 4:-23 6:-13
b:een_prima 8:11
b:een_probleemleerling 0:-26 1:15 8:18
b:een_profiel 2:21
b:een_rapportcijfer 0:10
b:een_rij 1:12
b:een_route 0:12
b:een_stage 3:11
b:een_stageplek 0:35 1:15 3:23 8:-11
b:een_sterk 0:16
b:een_studie 1:10 3:11 8:12
b:een_studiekeuzecheck 0:27 7:-10
b:een_stuk 3:18
b:een_tussenjaar 8:26
b:een_typische 4:20
b:een_vaste 8:10
b:een_verkeerde 7:21
b:een_vervolgopleiding 0:-18 5:26
b:een_voorbeeld 3:10
b:een_werkgever 1:27
b:een_werkplek 0:10
b:een_zwak 0:-16 4:19
b:eens_bij 0:-13 2:18
b:eens_een 0:13
b:eens_hoe 0:-16 5:22
b:eens_naar 0:-15 3:18 4:16
b:eens_naast 3:14
b:eens_op 3:12 7:10
b:eens_over 5:20
b:eens_uit 2:15
b:eens_waarom 1:11
b:eerlijk_gezegd 8:30
b:eerst_? 6:12
b:eerst_je 2:18
b:eerste_jaar 0:10
b:eerste_keus 0:10
b:eet_je 5:29
b:eigen_keuze 0:-18 1:24
b:eigen_zaak 4:14
b:eigenlijk_? 5:13
b:eigenlijk_niet 0:18
b:eigenlijk_op 4:11
b:eigenlijk_wel 0:-17 1:12 5:18
b:elke_dag 0:24 7:16
b:elke_open 0:-14 6:23
b:elke_route 0:13
b:elke_week 5:13 7:16
b:en_dan 0:-10 7:19
b:en_de 8:13
b:en_gezondheid 8:12
b:en_het 6:27
b:en_hoe 0:21 2:-13 5:12
b:en_interieur 2:14
b:en_je 5:23 6:10 7:39
b:en_jij 3:15
b:en_kies 0:-17 8:22
b:en_maatschappij 8:14
b:en_past 0:-14 2:21
b:en_techniek 8:15
b:en_vertel 0:18
b:en_waar 0:-15 2:17
b:en_waarom 0:47
b:en_wat 0:26 2:26 4:18
b:en_zit 2:14
b:enige_in 3:14
b:er_achter 0:25
b:er_bij 0:-23 1:38 5:17
b:er_dan 0:-23 1:28 3:12
b:er_de 5:17
b:er_eigenlijk 1:12
b:er_iemand 0:14 5:11
b:er_inmiddels 6:14
b:er_is 7:20
b:er_maandag 7:13
b:er_met 0:13 2:16
b:er_nog 1:11 6:30
b:er_thuis 5:36
b:er_volgens 0:15
b:er_voor 7:13
b:er_zelf 0:12
b:er_zijn 0:21
b:eraan_? 7:10
b:erg_op 0:-13 5:17
b:ernaar_? 0:11
b:ervaring_niet 0:11
b:eten_? 5:12
b:feedback_van 0:16
b:foto_van 6:11
b:fout_op 0:11
b:ga_je 0:-22 1:32 7:21
b:ga_jij 3:18
b:ga_voor 0:-13 8:17
b:gaan_? 2:22
b:gaan_bekijken 4:10
b:gaan_samen 1:20
b:gaan_werken 0:-18 5:22
b:gaat_? 5:13
b:gaat_doen 0:-17 2:17 7:18
b:gaat_het 1:13 5:19
b:gebrek_aan 1:25
b:gebruik_je 5:24
b:gedaan_om 0:15
b:gedacht_? 4:30
b:geef_je 1:19
b:geeft_ruimte 0:12
b:geen_goed 8:10
b:geen_idee 1:10
b:geen_loopbaanbegeleiding 0:22
b:geen_mbo-opleiding 4:23
b:geen_profiel 7:12
b:geen_werk 5:14
b:gefeliciteerd_met 0:12
b:gekozen_? 3:12
b:geleerd_? 0:23
b:gelukt_? 1:18
b:gemaakt_? 6:12
b:gemiddelde_omlaag 0:-14 2:16
b:gemiddelde_van 3:17
b:geneeskunde_is 8:20
b:genoeg_geld 5:16
b:genoeg_voor 0:-10 2:35
b:geschikt_voor 0:-11 8:26
b:gesprek_met 0:10 7:26
b:gevoerd_en 5:-11 6:13
b:gewend_ben 0:33
b:gewoon_bij 8:12
b:gewoon_niet 1:22
b:gewoon_voor 7:10
b:gewoon_wat 8:19
b:gezien_je 1:24
b:gezin_en 5:36
b:ging_anders 0:11
b:ging_het 0:11
b:goed_? 4:11
b:goed_bij 0:-19 4:27
b:goed_idee 8:10
b:goed_in 0:-12 1:16 4:10
b:goed_met 4:11
b:goed_om 2:13
b:graag_met 0:20
b:groep_<grade> 0:-12 2:16
b:haal_je 7:13
b:had_en 2:10
b:had_je 0:13
b:halen_? 0:-22 2:30
b:halen_om 2:17
b:handig_dus 1:13
b:havo_? 2:15
b:havo_is 8:16
b:hbo_? 4:15
b:hbo_of 0:16
b:heb_ik 8:10
b:heb_je 3:-17 6:23 7:-15
b:heb_jij 0:-10 3:15
b:hebben_? 1:13
b:hebben_het 4:14
b:hebben_om 0:11
b:hebben_vaak 0:-12 4:23
b:hebt_een 0:11 2:12
b:hebt_ingeleverd 6:11
b:hebt_je 0:40
b:hebt_nog 7:27
b:hebt_nu 6:12
b:heeft_al 3:22 7:12
b:heeft_die 0:12
b:heeft_haar 3:12
b:heeft_het 7:13
b:heeft_ingeleverd 7:21
b:heeft_je 6:33
b:heeft_mag 7:10
b:heeft_recht 0:19 7:-14
b:heeft_weinig 1:15
b:heeft_zijn 0:-10 3:16
b:helft_van 1:27
b:helpen_? 1:13
b:helpt_jou 4:12
b:hem_met 0:11
b:herken_je 1:16 4:19
b:het_? 0:-23 7:24 8:13
b:het_aan 7:13
b:het_beroep 0:17 1:-12
b:het_best 0:-13 4:17 8:17
b:het_beste 8:31
b:het_bij 0:-33 3:34 7:13
b:het_dat 0:-25 1:26 3:17
b:het_de 0:11
b:het_een 5:10
b:het_eerst 0:-15 1:42
b:het_eerste 2:12 5:10
b:het_fijnst 4:11
b:het_formulier 6:11
b:het_gemiddelde 3:17
b:het_gerust 5:12
b:het_gesprek 0:20 2:14
b:het_hbo 4:36 8:23
b:het_in 2:12 4:10 7:11
b:het_is 0:14
b:het_je 3:13
b:het_jou 0:-18 1:17 4:17
b:het_kan 0:12
b:het_keuzedeel 0:15
b:het_kiezen 5:15
b:het_leerbedrijf 6:10
b:het_leukst 0:15
b:het_liefst 0:26 1:10
b:het_lijkt 0:-11 8:16
b:het_loopbaangesprek 0:12 7:13
b:het_maken 0:14
b:het_mbo 0:-14 1:11 8:25
b:het_meest 0:15 2:13 4:19 5:-17 6:-25
b:het_met 0:-10 1:-10 5:44 6:22
b:het_minst 1:21 3:12
b:het_niet 0:-10 8:18
b:het_niveau 8:10
b:het_nog 0:15 7:12
b:het_om 0:22
b:het_op 0:-15 4:27
b:het_over 1:19
b:het_praktijkonderwijs 0:-23 3:13 4:21
b:het_profiel 0:12
b:het_roc 1:15 3:10
b:het_samenwerken 0:15
b:het_schoolexamen 0:-16 2:29
b:het_te 7:34
b:het_team 8:21
b:het_tempo 1:13
b:het_thuis 5:13
b:het_vak 0:20
b:het_verst 3:27
b:het_voor 0:13
b:het_vwo 0:-13 1:-12 2:11 3:22 8:31
b:het_werk 0:23
b:het_ziekenhuis 5:14
b:het_zo 1:12
b:het_zou 0:-12 8:16
b:hielp_je 0:11
b:hoe_ben 0:37 5:-26
b:hoe_denk 0:-10 1:13 4:14
b:hoe_ga 0:33 1:42
b:hoe_gaat 5:25
b:hoe_ging 0:11
b:hoe_heb 0:21
b:hoe_het 5:16
b:hoe_houd 2:12
b:hoe_is 0:-36 1:14 5:68
b:hoe_je 2:16
b:hoe_jij 0:17 5:13
b:hoe_kan 0:-10 3:14
b:hoe_kijk 2:17 3:-13
b:hoe_kom 0:13
b:hoe_komt 0:-19 1:21 3:24
b:hoe_krijg 2:13
b:hoe_laat 5:13
b:hoe_lang 7:31
b:hoe_pak 0:-14 4:18
b:hoe_pakte 0:11
b:hoe_snel 7:19
b:hoe_staan 0:-13 2:17
b:hoe_staat 0:-15 3:14 6:25
b:hoe_verklaar 2:22
b:hoe_voelt 3:24
b:hoe_was 0:30
b:hoe_wil 1:31 2:21
b:hoe_ziet 0:14
b:hoe_zit 0:-13 3:25
b:hoe_zou 0:25
b:hoeveel_heb 6:15
b:hoeveel_onvoldoendes 0:-16 2:30
b:hoeveel_open 0:-10 6:14
b:hoeveel_punten 2:12
b:hoeveel_uur 5:33
b:hoeveel_van 2:15 6:13
b:hoofddoek_draagt 0:-10 4:15
b:hoog_gegrepen 8:14
b:hoog_genoeg 2:11
b:hoor_je 3:13 4:19 8:19
b:houd_je 2:11
b:houden_? 0:-17 5:23
b:houdt_je 0:11 7:16
b:houdt_jou 0:-17 1:17 3:17
b:hun_handen 0:-10 4:18
b:idee_hebt 0:11
b:idee_voor 3:11
b:iemand_? 4:12
b:iemand_bij 5:13
b:iemand_die 0:18 1:45
b:iemand_met 0:-13 4:19
b:iemand_zoals 8:24
b:iets_anders 0:18
b:iets_met 4:-12 8:38
b:iets_moet 0:-11 1:17
b:iets_over 0:17
b:iets_uitleggen 0:15
b:iets_van 0:33
b:iets_voor 0:-13 2:14 3:27 4:24 8:-29
b:iets_waar 0:-19 8:17
b:iets_wat 0:10 1:11
b:ik_ben 0:20
b:ik_dat 0:15 7:-10
b:ik_denk 0:12
b:ik_het 7:20
b:ik_je 0:-27 7:40
b:ik_jou 8:21
b:ik_niet 0:17
b:ik_van 0:26 1:12
b:ik_vragen 5:14
b:ik_wil 7:10
b:ik_zag 0:12 2:24
b:ik_zie 8:18
b:in_<grade> 1:14 3:20
b:in_? 6:11 7:18
b:in_aanraking 1:22
b:in_anders 7:21
b:in_bent 1:16
b:in_beschut 0:-10 4:20
b:in_bij 6:17
b:in_cijfers 0:14
b:in_de 4:47 5:-12 6:-13 8:34
b:in_die 0:12
b:in_dit 2:28 5:12 6:-12
b:in_een 0:26 5:25 8:11
b:in_groep 0:-12 2:16
b:in_het 0:39 1:-15 2:13 5:23 6:29
b:in_je 1:-18 3:22 6:37 7:-16
b:in_jouw 4:16
b:in_leerjaar 1:19
b:in_magister 2:14 6:12
b:in_plaats 8:12
b:in_te 0:-11 1:16
b:in_veel 0:12
b:in_voor 0:-14 7:19
b:in_welk 0:18
b:in_welke 1:21
b:in_wilt 0:-14 1:13
b:ingeleverd_? 6:21
b:ingevuld_? 6:22
b:inmiddels_op 6:14
b:interessant_? 0:13
b:interesses_passen 0:13
b:is_? 1:-11
b:is_anders 0:19
b:is_daar 2:13
b:is_dat 0:-21
b:is_de 1:-10 5:21 6:12 8:26
b:is_echt 7:27
b:is_een 1:12 2:11 4:21 8:25
b:is_eigenlijk 0:-14
b:is_elke 0:16
b:is_er 5:11
b:is_geen 0:45 4:-11 8:-23
b:is_heel 0:17 8:-11
b:is_helemaal 4:21 8:-20
b:is_het 0:-36 2:-13 5:18 7:23 8:13
b:is_je 1:-13 2:24 6:39
b:is_niet 0:-14 1:45 4:-16 8:17
b:is_nog 1:36 5:27 6:-13
b:is_om 0:-11 8:14
b:is_ook 0:17 3:31 8:-17
b:is_prima 0:16
b:is_te 8:16
b:is_vol 6:11
b:is_voor 2:-11 6:14 7:-13 8:27
b:is_werk 0:-12 4:10
b:is_zonde 8:17
b:jaar_al 3:11
b:jaar_koos 3:14
b:jaar_thuis 7:15
b:je_<grade> 2:11
b:je_? 0:-42 2:-14 3:10 4:48 5:-23 6:-23 8:21
b:je_aan 2:13 4:21 7:14
b:je_aanmeldt 2:12
b:je_achter 7:11
b:je_afspraken 1:28
b:je_al 1:30 2:-14 3:-16 6:-30
b:je_alle 6:23 7:16
b:je_als 0:37 2:-11 3:-15
b:je_begeleider 0:-22 6:24
b:je_behaalde 0:12
b:je_bent 0:-43 1:44 4:14 8:32
b:je_beperkte 0:-15 1:36
b:je_beter 4:22 8:11
b:je_bezoek 6:17
b:je_bij 2:13 3:28 5:-11 6:11
b:je_bijbaan 0:31
b:je_bpv-uren 6:18
b:je_broer 3:33
b:je_broertjes 5:10
b:je_brood 8:12
b:je_cijfer 0:17 2:11
b:je_cijferlijst 0:-12 2:42
b:je_cijfers 0:-36 2:88
b:je_concentratie 0:-13 1:18 5:22
b:je_cv 8:13
b:je_daar 3:-10 6:-24
b:je_daaraan 0:-23 2:16 3:25
b:je_daarbij 1:14 3:10
b:je_daarmee 5:15
b:je_dacht 0:11
b:je_dan 1:39 3:-10 4:-16 8:11
b:je_dat 1:27 3:-38 4:26 5:-30 6:-15 7:-22 8:16
b:je_de 0:12 2:-13 6:12
b:je_definitieve 7:15
b:je_deze 6:10 7:31
b:je_die 2:42 6:19
b:je_diploma 8:12
b:je_dit 1:13 6:10
b:je_doen 0:-10 1:15 6:12
b:je_doet 0:27
b:je_door 0:11
b:je_doordeweeks 0:-11 5:16
b:je_dossier 6:13
b:je_droomstudie 0:-17 8:15
b:je_een 0:-39 1:13 2:17 6:-18 8:11
b:je_eens 0:11
b:je_eerste 0:41
b:je_eigen 0:26 1:27
b:je_eigenlijk 1:54
b:je_en 0:11
b:je_er 0:17 1:-10 8:12
b:je_eraan 0:-23 1:24 7:10
b:je_ergens 0:-10 1:16
b:je_eruit 7:19
b:je_ervan 0:12
b:je_familie 5:16
b:je_gaat 7:19
b:je_gemiddelde 0:-19 2:44
b:je_gewend 0:35
b:je_gezondheid 5:12
b:je_goed 0:17
b:je_graag 0:11
b:je_groep 0:-14 3:31
b:je_handen 1:17 4:13
b:je_hebt 0:14 6:33 7:27
b:je_herkansen 0:-14 2:28
b:je_het 0:51 1:31 6:-10 7:17
b:je_hoe 0:12
b:je_hoeft 0:35 8:-14
b:je_hoofd 4:12
b:je_hoort 0:-32 8:30
b:je_houding 0:-15 1:23
b:je_iets 0:10 1:15
b:je_in 0:11 3:-10 4:-19 5:21 6:-15 8:11
b:je_interessant 0:10
b:je_je 0:19 2:36 4:-11 7:52
b:je_jezelf 0:19 5:-10
b:je_jouw 1:13
b:je_juist 0:12
b:je_kans 7:21
b:je_kansen 0:-17 2:15 7:28
b:je_ken 0:11
b:je_keuze 0:27 6:-13 7:10
b:je_kiezen 3:11
b:je_klaar 6:19
b:je_klas 0:-15 3:44
b:je_klasgenoten 0:-12 1:-12 3:47
b:je_kunt 7:17 8:11
b:je_laagste 0:-26 2:27
b:je_laat 5:14
b:je_laatst 0:28
b:je_laatste 2:21
b:je_lager 3:17
b:je_last 0:-11 5:21
b:je_later 2:13 8:12
b:je_leerbedrijf 0:-12 1:11 7:16
b:je_leren 0:-16 3:12
b:je_lob-dossier 6:16
b:je_lob-punten 6:33
b:je_loopbaandossier 6:16
b:je_mag 0:19
b:je_medicijnen 0:-21 5:51
b:je_mee 0:39
b:je_meer 8:13
b:je_mentor 0:-19 5:11 6:13 7:16
b:je_met 0:35 1:-12 7:11
b:je_minder 5:15
b:je_mist 0:-11 1:50 6:15
b:je_moeder 0:-22 5:37 8:14
b:je_moeilijk 0:10
b:je_moet 0:-11 8:16
b:je_naar 1:15 5:29
b:je_nederlands 1:25 6:-13
b:je_neef 3:24
b:je_netwerk 0:23
b:je_niet 1:17 7:23 8:13
b:je_nieuwsgierig 0:25
b:je_nodig 1:12
b:je_noemde 0:10
b:je_nog 0:20 7:18
b:je_nu 0:27 7:14
b:je_om 0:32 2:-15
b:je_onlangs 0:16
b:je_ooit 1:20
b:je_op 1:-11 2:30 6:-10
b:je_opleiding 5:15
b:je_orientatie 3:18
b:je_ouders 0:-25 1:-23 2:-13 3:-13 4:17 5:39 7:20
b:je_over 0:23
b:je_plan 0:-14 5:18 8:21
b:je_plannen 5:26
b:je_plek 7:22 8:14
b:je_portfolio 0:-13 3:12 6:41
b:je_praktijkopleider 1:15 6:23
b:je_precies 5:14
b:je_profielkeuze 0:12 6:10
b:je_profielkeuzeformulier 6:17
b:je_rapport 0:-26 2:45
b:je_rapportcijfers 0:-35 2:59
b:je_resultaten 0:-20 2:14
b:je_snuffelstage 4:20 6:13
b:je_staat 0:16
b:je_stage 0:24 1:10 5:26 8:18
b:je_stage-uren 6:10
b:je_stagebedrijf 0:11
b:je_stiefvader 0:-14 5:27
b:je_straks 2:11
b:je_studie 5:10
b:je_studiekeuze 0:-10 2:13 3:17 5:13
b:je_te 0:15
b:je_tekortkomingen 0:-28 1:43
b:je_thuis 5:18 8:12
b:je_toch 0:-13 1:15 4:33
b:je_toen 0:18
b:je_trekt 0:17
b:je_trots 0:15
b:je_tussen 7:12
b:je_twijfelt 7:15
b:je_uit 0:11
b:je_vaak 1:21
b:je_vader 0:-20 5:29 8:11
b:je_vak 0:13
b:je_vandaag 0:22 6:12
b:je_vast 0:-23 2:16 4:47
b:je_veel 8:11
b:je_vertelde 0:15
b:je_volgend 7:13
b:je_voor 0:-23 2:25 4:21 5:-11 6:20 7:11
b:je_voortgangsbalk 6:26
b:je_vorige 0:15
b:je_vraagt 1:13
b:je_vragen 0:14
b:je_vrienden 0:12 3:30
b:je_wacht 7:21
b:je_wat 1:11
b:je_weet 7:11
b:je_wel 0:25 5:19
b:je_weleens 5:16
b:je_werk 5:16
b:je_werkplek 0:11
b:je_werkstuk 0:11
b:je_wilde 0:21
b:je_wilt 3:-12 8:22
b:je_zei 0:15
b:je_zeker 4:15
b:je_zelf 0:13 1:22 2:-11 7:18
b:je_ziet 5:14
b:je_zit 1:18
b:je_zo 0:-17 1:20 5:20 7:14
b:je_zo'n 0:13
b:je_zoekt 0:11
b:je_zoiets 4:11
b:je_zus 0:-10 3:29
b:je_zwakke 0:-14 1:25
b:jezelf_? 4:18
b:jezelf_eens 0:-13 3:25
b:jij_? 3:20
b:jij_als 3:22
b:jij_altijd 1:32
b:jij_anders 3:17
b:jij_bent 4:15 8:16
b:jij_bij 1:20
b:jij_daar 2:14
b:jij_dan 0:13
b:jij_dat 1:-15 4:22
b:jij_degene 3:16
b:jij_denk 3:14
b:jij_doen 1:10
b:jij_eigenlijk 5:13
b:jij_en 0:11
b:jij_er 0:17
b:jij_ernaar 0:11
b:jij_het 3:12
b:jij_je 7:11
b:jij_jezelf 0:-11 1:18
b:jij_komt 4:18
b:jij_later 0:-11 4:22
b:jij_leuk 0:11
b:jij_net 3:11
b:jij_niet 1:-15 3:25
b:jij_nog 0:-21 1:30 3:15
b:jij_of 0:-11 3:31 5:-12
b:jij_ook 3:-19 4:27
b:jij_te 0:11
b:jij_zelf 1:10
b:jij_zo 1:23 3:-13
b:jongens_zoals 4:12
b:jou_? 0:20 3:39 4:11
b:jou_aan 2:15
b:jou_als 4:15
b:jou_anders 3:14
b:jou_bij 3:18
b:jou_dan 4:16
b:jou_dat 0:-18 1:19
b:jou_de 1:11 2:12
b:jou_echt 8:23
b:jou_een 1:15
b:jou_en 0:11
b:jou_geen 8:10
b:jou_het 0:15
b:jou_in 0:20
b:jou_niet 3:12
b:jou_nooit 0:-10 1:23
b:jou_om 0:-20 1:29
b:jou_ook 4:10
b:jou_op 0:15
b:jou_tegen 0:-27 1:27 3:11
b:jou_thuis 5:25
b:jou_was 8:20
b:jou_wat 0:11
b:jou_zijn 3:16
b:jou_zo 3:17
b:jouw_adhd 4:12
b:jouw_cijfer 2:24
b:jouw_cultuur 0:-17 4:37
b:jouw_interesses 0:13
b:jouw_keuze 5:20
b:jouw_korte 0:-10 1:23
b:jouw_leeftijd 3:13
b:jouw_plan 0:15
b:jouw_profiel 3:15
b:jouw_talent 8:10
b:jullie_thuis 5:20
b:kaderberoepsgerichte_leerweg 8:14
b:kan_een 0:16
b:kan_het 0:-19
b:kan_ik 6:15
b:kan_je 1:13
b:kan_jouw 5:12
b:kan_tot 0:17
b:kans_klein 0:10
b:kansen_op 7:15
b:kant_van 0:12
b:keer_dat 7:16
b:ken_je 0:22 1:15
b:keuze_? 0:-16 1:22
b:keuze_blijft 0:12
b:keuze_die 0:16
b:keuze_en 0:21
b:keuze_horen 7:12
b:keuze_in 7:12
b:keuze_voor 5:29 8:14
b:keuzes_die 0:13
b:kies_gewoon 0:-12 8:19
b:kies_iets 0:-13 8:24
b:kies_je 0:-37 7:33 8:26
b:kies_jij 3:15
b:kiest_? 0:-10 1:15
b:kiezen_? 0:-20 1:28 3:16
b:kiezen_vaak 4:28
b:kiezen_van 5:16
b:kijk_eens 3:18
b:kijk_je 1:13
b:kijk_jij 4:15
b:kijken_? 4:17
b:kijken_we 2:14
b:kijkt_? 1:15
b:kind_van 4:16
b:kinderen_van 4:15
b:klaar_met 6:20
b:klasgenoten_die 0:-16 3:25
b:klik_leg 0:13
b:klok_tikt 7:20
b:klopt_dat 4:15
b:kom_je 1:23
b:komen_? 6:14
b:komen_meestal 4:14
b:komt_dat 3:16
b:komt_het 0:-18 1:25
b:komt_later 3:16
b:komt_uit 4:18
b:komt_van 0:12
b:koos_ik 8:19
b:korte_spanningsboog 0:-10 1:23
b:kreeg_je 0:12
b:krijg_je 1:16
b:krijgen_? 2:10
b:krijgen_jullie 5:14
b:kun_je 0:-28 1:10 4:23 7:27 8:-19
b:kunnen_je 5:11
b:kunnen_net 0:12
b:kunnen_twijfelen 7:19
b:kunt_het 8:11
b:kunt_je 7:21
b:kwam_? 0:-15 1:25
b:laagste_cijfer 0:-26 2:27
b:laat_die 0:-10 8:14
b:laat_is 7:31
b:laat_je 6:62 7:-21
b:laat_me 7:-11
b:laat_zien 0:26 2:12
b:laatst_de 0:15
b:laatst_echt 0:12
b:laatste_drie 2:11
b:laatste_tijd 0:-14 5:30
b:lager_dan 3:17
b:lang_denk 7:31
b:lange_opleiding 4:14
b:last_van 0:-11 5:21
b:lastig_? 0:11
b:laten_aftekenen 6:12
b:laten_schieten 8:13
b:laten_we 0:12 2:30
b:later_een 8:11
b:later_meer 8:15
b:later_ook 4:14 7:11
b:later_wilt 0:14
b:leer_je 8:10
b:leerbedrijf_? 0:-11 1:21 6:12
b:leerbedrijf_vindt 7:12
b:leerjaar_<grade> 1:19
b:leerling_in 1:11
b:leerling_niet 0:21
b:leerling_uit 0:-32 3:18 4:16
b:leerlingen_die 0:-11 3:18
b:leerlingen_in 3:12
b:leerlingen_kennen 0:11
b:leerlingen_met 4:12
b:leerlingen_uit 3:14
b:leerlingen_van 3:12
b:leert_? 0:13
b:leerweg_gaat 8:14
b:leg_je 3:11
b:leren_? 4:15
b:leren_en 0:10
b:leren_van 3:12
b:let_je 0:-11 5:18
b:let_op 0:-15 7:10
b:leuk_? 0:13
b:leuk_vindt 0:26
b:lever_je 7:50
b:lichamelijke_opvoeding 1:15
b:liefst_? 0:12
b:liever_iets 8:11
b:liever_in 4:23
b:lig_je 7:19
b:ligt_dan 2:11
b:ligt_je 1:20
b:ligt_voor 4:16
b:lijkt_dat 0:26 4:-15
b:lijkt_een 0:-11 4:19
b:lijkt_je 1:12 4:13 8:16
b:lijkt_me 0:-11 8:21
b:lijstje_met 3:15
b:loopbaanbegeleiding_is 0:11
b:loopbaangesprek_vooral 2:10
b:los_van 0:16
b:lukt_het 0:-16 5:14
b:maakt_? 7:15
b:maakt_dit 0:16 2:-11
b:maakt_het 1:16
b:maakte_het 0:12
b:maandag_niet 7:15
b:maar_een 0:12
b:maar_met 8:11
b:maart_geen 7:11
b:mag_er 0:11
b:mag_ik 5:14
b:mag_je 2:11
b:mag_niet 0:-16 7:30
b:maken_? 0:11 2:-13
b:maken_voor 0:-11
b:me_weten 0:14 7:-11
b:mee_? 3:13
b:mee_in 1:21 5:14
b:mee_naar 7:17
b:mee_op 7:12
b:mee_te 8:11
b:meedenkt_? 0:20
b:meekijkt_? 7:14
b:meeloopdag_al 6:13
b:meer_? 4:11
b:meer_bij 0:13
b:meer_op 8:13
b:meer_van 3:-14 4:14
b:meest_? 0:22
b:meest_bijgebleven 0:17
b:meest_geleerd 0:12
b:meest_in 0:-11 1:21
b:meest_over 0:-13 2:18
b:meest_realistisch 0:-14 4:26
b:meestal_een 0:17
b:meestal_in 4:25
b:meestal_niet 4:12
b:meeste_leerlingen 3:15
b:meisjes_kiezen 4:16
b:meld_je 8:10
b:mens_en 0:12
b:mensen_die 0:13
b:merk_je 0:15 5:11
b:merkt_dat 0:23
b:met_adhd 0:-11 4:23
b:met_de 0:-32 3:40 7:19
b:met_dyslexie 4:17
b:met_een 0:44 1:-19 2:20 4:21
b:met_gezondheid 0:10
b:met_het 0:-47 1:15 5:36
b:met_hun 0:-22 3:16 4:16
b:met_iemand 5:10
b:met_je 0:-20 1:-17 3:31 5:78 6:23
b:met_jouw 0:-23 1:43 3:11 4:12 8:25
b:met_kinderen 8:17
b:met_leren 1:13
b:met_lob 6:17
b:met_meer 0:12
b:met_ouders 0:-13 7:14
b:met_plezier 0:20
b:met_veel 4:14
b:met_welk 2:29
b:met_wie 0:27 5:-11
b:mij_? 0:17
b:mijn_advies 0:-18 8:26
b:minder_aan 5:13
b:mis_jij 1:16
b:misschien_is 0:-11 1:25
b:mist_? 1:13 3:-11
b:mist_de 0:-11 1:47
b:mist_nog 6:15
b:moe_uit 5:14
b:moeder_? 5:15
b:moeder_en 0:-12 5:14
b:moeite_met 1:11
b:moet_een 0:21 1:-11 8:10
b:moet_er 6:13
b:moet_je 0:-21 1:23
b:mogelijk_wat 4:14
b:mogelijke_vervolgstap 0:12
b:moment_vast 0:13
b:morgen_wil 7:12
b:na_de 1:13
b:na_een 0:13 3:12
b:na_je 0:12 8:24
b:na_school 5:11
b:naar_bed 5:16
b:naar_de 0:-41 1:12 4:13 5:-15 6:-15 7:17 8:15
b:naar_een 0:19
b:naar_het 3:10 8:14
b:naar_je 2:10 5:31
b:naar_jezelf 1:15
b:naast_de 0:19
b:nam_jij 0:16
b:natuur_en 8:26
b:nederlands_dan 3:11
b:neem_gerust 0:13
b:neem_je 0:13 8:13
b:nemen_? 4:18
b:nemen_bij 3:13
b:nemen_voor 1:21 2:-13
b:net_zo 3:17
b:netwerk_delen 0:23
b:niet_? 0:29 1:-12 3:30
b:niet_aan 0:-19 1:21 8:13
b:niet_alleen 0:23
b:niet_alles 1:16
b:niet_altijd 0:11
b:niet_beter 8:10
b:niet_bij 0:12 8:20
b:niet_dan 7:21
b:niet_doen 3:10
b:niet_door 0:22
b:niet_doorgaat 0:11
b:niet_ervoor 0:20
b:niet_geschikt 0:-11 8:26
b:niet_hebt 3:12
b:niet_iedereen 0:14
b:niet_jouw 0:-13 1:14
b:niet_kiest 7:10
b:niet_mee 0:-18 6:28 7:14
b:niet_meer 0:14 4:13
b:niet_ook 3:11
b:niet_op 0:-17 4:21 7:17
b:niet_over 0:13 7:17
b:niet_past 0:11
b:niet_realistisch 0:14
b:niet_slimmer 8:12
b:niet_snel 7:12
b:niet_te 0:29 8:-19
b:niet_voor 7:28
b:niet_wist 0:15
b:niet_wordt 0:10
b:niet_zo 1:22
b:niet_zo'n 1:27
b:niets_heeft 7:13
b:nieuwe_kwaliteiten 0:12
b:nieuwsgierigheid_is 0:21 8:-14
b:niks_voor 0:14 8:20
b:niveau_<grade> 1:29 8:23
b:niveau_is 0:-14 8:14
b:nodig_om 0:-19 1:11
b:nodig_voor 2:12
b:noem_drie 0:14
b:noemen_dat 0:11
b:nog_<grade> 6:19
b:nog_? 6:18
b:nog_bezig 0:10
b:nog_een 0:13 1:-11 7:27 8:-10
b:nog_geen 0:10 1:-13 3:13
b:nog_haalbaar 2:10
b:nog_in 0:-15 6:25
b:nog_meer 0:16
b:nog_niet 0:36 1:-43 7:-34 8:-23
b:nog_nodig 2:15
b:nog_op 0:-18 6:32 7:11
b:nog_open 6:17
b:nog_steeds 0:-15 5:37 6:-17
b:nog_te 7:33
b:nog_tegen 7:15
b:nog_tot 7:11
b:nog_twee 6:17
b:nog_uitzoeken 0:11
b:nog_wel 0:-12 1:35
b:nog_willen 7:10
b:nu_? 0:-16 6:16
b:nu_al 0:-10 2:15
b:nu_de 0:11 7:10
b:nu_eenmaal 4:16
b:nu_het 0:12
b:nu_je 5:36
b:nu_niet 7:14
b:nu_toe 0:13 1:12
b:nu_wat 0:11
b:of_andere 0:-18 5:20
b:of_ben 0:-10 5:15
b:of_bij 3:13
b:of_de 4:28
b:of_er 5:21
b:of_in 0:11
b:of_je 0:-42 3:29 5:23
b:om_die 0:12
b:om_door 2:13
b:om_een 3:12
b:om_eerst 2:18
b:om_het 0:13
b:om_in 5:23
b:om_mee 8:12
b:om_met 0:39 2:-12
b:om_na 8:14
b:om_op 0:-10 1:17 6:12
b:om_over 2:14 4:11
b:om_te 0:14 5:10
b:om_voor 0:-11 8:15
b:om_zelf 1:12
b:omdat_je 0:-17 1:12 4:33
b:omhoog_? 2:16
b:omlaag_en 0:-14 2:16
b:omweg_is 0:17
b:onder_de 1:22 5:-11
b:onderdelen_van 6:29
b:onderzoeken_? 4:12
b:ons_volgende 0:11
b:ontbreekt_er 0:-19 6:20
b:ontbreken_nog 6:19
b:ontdek_je 0:12
b:ooit_een 1:13
b:ook_? 4:15
b:ook_al 0:12
b:ook_bij 1:19
b:ook_een 0:20
b:ook_naar 3:11
b:ook_niet 0:-14 1:15 7:10
b:op_<num> 6:28
b:op_? 0:18 7:14
b:op_dan 0:-11 3:23
b:op_de 0:12 3:18 4:-10 6:-33
b:op_dit 2:18 5:15
b:op_een 0:20
b:op_groen 6:22
b:op_het 0:-20 4:33 5:-12 6:-12 7:-13
b:op_je 0:13 3:-11 7:-10 8:25
b:op_jou 7:17
b:op_jouw 7:20
b:op_rood 6:13
b:op_school 1:18
b:op_tafel 5:14
b:op_te 2:20
b:op_tijd 7:28
b:op_voltooid 6:18
b:op_wat 5:19
b:op_welke 1:11
b:op_werk 8:12
b:open_dag 0:13 1:20 6:19
b:open_dagen 0:14 3:15
b:opleiding_? 5:33
b:opleiding_dan 0:18
b:opleiding_die 0:20
b:opleiding_in 0:-15 6:11
b:opleiding_je 0:15
b:opleiding_kiezen 0:-11
b:opleiding_met 0:-14 5:15
b:opleiding_van 2:14
b:opleiding_wil 3:11
b:opleiding_wordt 0:-13 7:26
b:oplossen_? 1:23
b:opties_open 8:11
b:ouders_? 0:-16 5:22
b:ouders_hebben 3:11 8:15
b:ouders_het 0:12
b:ouders_worden 7:12
b:ouders_zijn 0:20
b:over_? 0:-21 1:17 3:10 5:18
b:over_een 0:21
b:over_hebben 1:18
b:over_hoe 0:20
b:over_je 1:-12 2:11 5:33
b:over_jezelf 0:28
b:over_jou 1:23
b:over_naar 7:12
b:over_te 0:-11 2:22
b:over_wat 2:19
b:overstappen_naar 0:10
b:overwegen_? 4:11
b:overzicht_van 6:15
b:pak_je 2:22
b:pak_jij 0:-14 4:18
b:past_beter 4:13
b:past_bij 4:21
b:past_daar 3:17
b:past_daarbij 0:-11
b:past_dan 1:11
b:past_dat 0:-15 2:20
b:past_een 4:12
b:past_niet 8:26
b:per_nacht 5:25
b:per_vak 0:-21 2:26
b:pie_? 1:18
b:plaats_van 8:12
b:plan_je 6:33
b:plan_niet 0:20
b:plan_om 0:-17 5:21
b:plannen_? 5:26
b:plek_? 0:16
b:praktijkleerlingen_zijn 0:-10 4:18
b:praktisch_ingesteld 4:17
b:praktische_beroepen 4:11
b:precies_wat 0:-10 3:16
b:prima_als 0:16
b:proberen_ook 0:10
b:profiel_? 0:15
b:profiel_anders 7:10
b:profiel_kiest 2:16
b:profielwerkstuk_al 3:16
b:rapport_er 0:-16 2:22
b:recht_op 0:19 7:-14
b:redden_het 0:-15 4:25
b:regel_ik 0:13
b:rest_van 3:18 7:16
b:resultaat_tot 0:11
b:resultaten_zijn 0:-11
b:richting_trekt 0:-11 4:23
b:risico_durf 0:11
b:rond_de 5:14
b:ruimte_voor 0:14
b:samen_op 0:12
b:sanne_heeft 3:12
b:scheiding_van 5:18
b:schiet_tekort 1:15
b:school_en 6:11
b:scoor_je 3:17
b:sinds_de 2:14 5:20
b:sinds_je 5:15
b:slaap_je 5:26
b:slik_je 0:-18 5:31
b:slimmer_zijn 8:12
b:sluit_de 0:-10 7:19
b:snel_een 7:12
b:spanningsboog_wordt 0:-10 1:23
b:speelt_er 0:-10 5:19
b:spreekt_zulk 0:19 4:-13
b:spreken_je 0:-18 1:15 4:21
b:springt_je 6:16
b:sta_je 0:-23 3:18 6:28
b:sta_jij 3:25
b:staan_er 6:15 8:15
b:staan_je 0:-16 2:17
b:staan_nog 6:20
b:staat_een 0:-12 1:20
b:staat_het 0:-15 3:13 6:26
b:staat_je 2:20
b:staat_naast 0:20
b:staat_op 6:35
b:stage_bij 0:18
b:stage_of 0:16
b:stageplek_past 8:15
b:stageplek_te 0:-13 1:25
b:stageplek_voor 7:20
b:stap_? 0:12
b:start_van 0:11
b:steeds_geen 0:-11 1:17 5:11
b:steeds_niet 7:14
b:stel_dat 0:11
b:stel_je 0:19
b:sterk_aan 4:23
b:sterkste_kant 1:16
b:stop_met 0:-21 8:23
b:straks_de 0:12
b:straks_op 1:20
b:studeren_? 4:12
b:studie_in 0:13 8:14
b:studie_wordt 4:22
b:studiekeuze_? 0:-24 2:16 3:21
b:te_beginnen 8:12
b:te_blijven 5:14
b:te_doen 0:11 8:12
b:te_gaan 0:-44 1:-15 6:11 7:-10
b:te_hoog 0:-12 8:24
b:te_kiezen 0:12
b:te_komen 6:14 7:12
b:te_krikken 2:18
b:te_kunnen 0:-21 7:31
b:te_laat 0:-20 1:11 7:76
b:te_lang 7:14
b:te_laten 8:12
b:te_leren 0:13
b:te_maken 1:12 6:10
b:te_mogen 2:15
b:te_nemen 1:21
b:te_orienteren 0:10
b:te_proberen 0:15
b:te_regelen 3:11
b:te_slagen 2:14
b:te_stromen 8:12
b:te_veel 8:12
b:te_vinden 1:12
b:te_weten 8:14
b:te_zeggen 0:11
b:te_zetten 1:14
b:te_zijn 0:-12 1:34
b:te_zoeken 0:24 1:11 8:-12
b:techniek_is 4:11
b:tegen_? 3:13 7:16
b:tegen_om 1:16
b:telt_je 6:17 7:-12
b:tempo_bij 0:11
b:tempo_van 1:13
b:terug_? 0:11
b:terug_te 0:11
b:thuis_een 5:11
b:thuis_genoeg 0:-11 5:21
b:thuis_of 0:14 5:-12
b:thuis_op 5:19
b:thuis_van 0:-11 5:15
b:thuis_voor 5:16
b:tijd_moe 5:15
b:tijdens_de 5:14
b:tijdens_het 0:17
b:toch_dat 7:10
b:toch_niet 4:16
b:toe_weinig 1:16
b:toegelaten_tot 2:15
b:tot_<grade> 0:23
b:tot_de 2:15
b:tot_het 0:-17 3:15 7:16
b:tot_nu 0:13 1:12
b:tot_vrijdag 7:11
b:trekt_je 0:11 4:37
b:trok_je 0:27 6:-10
b:trots_op 0:19
b:twee_keer 1:26
b:twee_opleidingen 0:18
b:twee_past 4:10
b:twee_weken 0:-12 7:21
b:twijfel_over 5:10
b:twijfelen_voordat 7:19
b:typisch_een 0:-15 4:21
b:typische_havist 4:18
b:u_de 0:-13 5:14
b:uit_<grade> 0:-18 3:13
b:uit_de 0:-18 3:16 6:42
b:uit_een 0:-21 4:40
b:uit_het 0:12
b:uit_hoe 2:15
b:uit_je 3:18 8:13
b:uit_jouw 4:16
b:uit_om 0:10
b:uit_te 0:33
b:uiterlijk_morgen 7:11
b:uitslag_van 0:-18 2:22
b:uitzoeken_voordat 0:18
b:upload_een 6:11
b:upload_je 6:26
b:uur_per 5:19
b:vaak_een 4:25
b:vaak_goed 4:13
b:vaak_moe 5:11
b:vaak_niet 0:-11 4:24
b:vaak_te 1:22
b:vaak_voor 0:-11 4:35
b:vaak_ziek 5:24
b:vader_nog 5:45
b:vader_of 5:-16 6:27
b:vak_? 0:10
b:vak_een 0:-16 2:18
b:vak_hoort 0:11
b:vak_met 4:11
b:vak_trekt 2:13
b:val_je 7:11
b:valt_je 3:10
b:van_<grade> 0:-11 3:12 6:12 7:12
b:van_? 2:14
b:van_alle 3:13
b:van_als 0:11
b:van_anderen 0:19
b:van_de 0:-20 6:65 7:-13
b:van_deze 2:15
b:van_een 0:32
b:van_elke 0:-19 6:30
b:van_je 0:-42 2:21 3:41 4:-18 5:29
b:van_jezelf 1:27
b:van_jullie 3:38 5:-11
b:van_mij 8:11
b:van_niveau 1:12 8:13
b:van_ondernemers 4:15
b:van_twee 7:11
b:van_werk 5:12
b:vandaag_? 7:13
b:vandaag_nog 7:24
b:varen_en 8:22
b:vast_heel 2:16
b:veel_beweging 4:12
b:veel_deuren 8:12
b:veel_meer 0:-26 1:12 3:14 8:10
b:verbeteren_? 1:13
b:verder_? 1:23
b:verder_met 0:-14 3:33
b:verdient_een 0:14
b:vergeleken_met 3:40
b:verkennen_? 0:25
b:verklaar_je 2:22
b:verschillende_dingen 0:10
b:verstandig_zijn 0:-12 8:16
b:vertel_eens 0:-20 1:15 2:22 5:50
b:vertel_me 0:16
b:vertel_wat 0:13
b:vertelde_dat 5:16
b:vertellen_? 0:17
b:vertellen_of 5:18
b:vervolgopleiding_? 0:-13 5:25
b:verwacht_? 0:13
b:verwacht_je 2:16
b:vind_je 0:19 8:14
b:vind_jij 0:18
b:vinden_? 1:11
b:vinden_je 0:-16 4:32
b:vindt_? 0:17
b:vink_na 6:12
b:vinkje_bij 6:14
b:vmbo'er_ben 4:16
b:voedselbank_? 5:18
b:voelde_je 0:12
b:voelt_dat 3:24
b:volgend_jaar 7:13
b:volgende_gesprek 0:11
b:volgende_keer 0:14
b:volgende_stap 0:13
b:volgens_de 8:19
b:volgens_jou 2:26
b:volgt_een 0:-17 7:19
b:volgt_meestal 0:17
b:vond_je 0:33
b:voor_<grade> 0:19 7:16
b:voor_<num> 6:11 7:17 8:-10
b:voor_biologie 0:13 2:14
b:voor_de 0:-30 1:-19 2:18 5:-24 6:17 8:25
b:voor_dit 0:13
b:voor_duits 2:11
b:voor_economie 2:22 4:12 6:12
b:voor_een 2:-17 4:-23
b:voor_frans 2:11
b:voor_het 2:40 5:18
b:voor_iemand 0:-22 1:13 4:12 8:11
b:voor_iets 0:-13 8:19
b:voor_in 0:-15 1:19
b:voor_je 0:-18 1:18 2:33 4:14
b:voor_jezelf 0:17
b:voor_jou 0:41 8:28
b:voor_scheikunde 2:19
b:voor_techniek 1:12 4:15
b:voor_vrijdag 0:-18 6:10 8:11
b:voor_werk 1:11
b:voor_wiskunde 2:19
b:voordat_het 6:15 7:14
b:voordat_je 0:-26 1:23 2:32 5:18
b:vorig_jaar 3:32
b:vraag_van 0:11
b:vragen_heb 0:11
b:vragen_in 6:20
b:vrienden_? 3:17
b:vrijdag_je 6:20
b:vul_je 6:21
b:waar_ben 0:27
b:waar_een 0:-15 5:21
b:waar_gaat 0:-11 1:17
b:waar_je 0:37 8:12
b:waar_jij 1:16
b:waar_niemand 4:10
b:waar_sta 3:11
b:waar_wil 1:18
b:waar_word 0:12
b:waar_zie 1:18
b:waarbij_je 0:14
b:waardoor_je 5:13
b:waarin_je 0:23
b:waarom_? 0:36 2:-11
b:waarom_heb 1:15
b:waarom_juist 0:10
b:waarom_kom 1:16
b:waarom_lukt 3:11
b:waarom_zou 0:-16 1:-14 3:14 4:17
b:waarop_je 0:16
b:wacht_niet 7:11
b:wacht_wordt 7:21
b:wanneer_ga 7:15
b:wanneer_lever 7:18
b:wanneer_plan 6:12
b:wanneer_voelde 0:13
b:was_dat 0:13
b:was_het 0:12
b:was_je 0:-13 2:27 5:17
b:was_koos 8:19
b:wat_? 4:12
b:wat_betekent 0:-14 5:20
b:wat_bij 0:16
b:wat_denk 1:16 4:13
b:wat_doe 4:-13 5:-11
b:wat_doet 0:12
b:wat_een 0:-68 4:63
b:wat_ga 0:-15 1:11 6:11
b:wat_gaf 0:12
b:wat_ging 0:18
b:wat_heb 0:19 1:14 5:-14 6:-13
b:wat_heeft 0:14
b:wat_het 8:13
b:wat_hielp 0:12
b:wat_houdt 0:-20 1:12 3:15 7:15
b:wat_iemand 0:15
b:wat_is 0:24 1:-12 2:32 3:-14
b:wat_je 0:60 2:16 3:-13 4:-13 6:-12 8:14
b:wat_jij 0:23
b:wat_kies 0:-18 4:-11 7:30
b:wat_kun 0:-12 1:11 3:11 6:13
b:wat_kunnen 3:14
b:wat_maakt 0:10 2:-15 3:23
b:wat_maakte 0:16
b:wat_merk 0:-10 5:15
b:wat_minder 1:13
b:wat_moet 0:31 1:-14 5:-12
b:wat_nu 0:-18
b:wat_ontbreekt 0:-19 6:20
b:wat_trekt 0:17
b:wat_valt 3:10
b:wat_vind 0:19
b:wat_vinden 0:-16 4:20
b:wat_vond 0:23
b:wat_voor 0:-19 1:16 4:18
b:wat_was 0:-16 2:26
b:wat_weet 0:16
b:wat_wil 0:19 2:-17 8:13
b:wat_ze 0:-21 3:31
b:wat_zegt 0:-36 1:16 2:14 5:18
b:wat_zie 2:16
b:wat_zijn 1:13
b:wat_zou 0:37 1:13 3:-14
b:we_dat 0:-11 5:13
b:we_eerst 1:11 2:12
b:we_gaan 1:17
b:we_het 2:25 6:12
b:we_je 5:12 8:19
b:we_kijken 0:13
b:we_samen 0:25
b:week_een 5:16
b:weet_je 0:16 4:16
b:weet_wat 3:12
b:weg_? 0:-15 1:21 2:11
b:weinig_talent 1:24
b:weinig_van 4:12
b:wel_? 1:13
b:wel_betalen 5:11
b:wel_dat 7:34
b:wel_een 0:-18 3:22
b:wel_genoeg 5:28
b:wel_vergeten 7:25
b:wel_vragen 1:10
b:weleens_iets 5:12
b:welk_advies 0:16
b:welk_beroep 0:14 1:36 2:-10
b:welk_cijfer 0:-15 2:27
b:welk_eindcijfer 2:29
b:welk_gemiddelde 0:-12 2:34
b:welk_idee 0:15
b:welk_klusje 0:10
b:welk_onderdeel 0:10
b:welk_onderwerp 0:22
b:welk_praktisch 4:14
b:welk_risico 0:15
b:welk_schoolvak 0:11
b:welk_stuk 0:-14 1:26
b:welk_vak 0:-14 2:19 4:16
b:welk_van 0:-15 2:18
b:welk_verhaal 0:16
b:welk_werk 1:35 7:10
b:welke_andere 1:-14 8:21
b:welke_beroepen 0:13 1:14
b:welke_competenties 6:15
b:welke_fout 0:12
b:welke_hbo-opleiding 4:-16 8:23
b:welke_klus 0:11
b:welke_mbo-opleiding 2:12
b:welke_moeilijke 0:14
b:welke_onderdelen 6:24
b:welke_opdrachten 6:20
b:welke_opleiding 0:-17 4:22 7:16
b:welke_opleidingen 1:11 2:31
b:welke_richting 1:21
b:welke_rol 0:14
b:welke_routes 0:13
b:welke_score 0:-22 2:27
b:welke_stappen 0:-20 6:22
b:welke_studie 4:26
b:welke_taken 6:26
b:welke_vaardigheden 1:14
b:welke_vakken 2:15
b:welke_van 0:-29 1:75 6:-19
b:welke_verschillende 0:10
b:welke_vraag 0:21
b:welke_vragen 0:19
b:welke_wil 0:10
b:werk_? 5:23
b:werk_dat 0:10
b:werk_het 4:15
b:werk_je 0:44 4:-19
b:werk_kun 0:-10
b:werk_op 5:17
b:werk_past 1:30
b:werk_zou 0:-23 1:14 7:12
b:werken_? 5:25
b:werken_met 8:15
b:werken_of 0:11
b:werken_op 0:13 5:-13
b:werkexploratie_welk 0:14
b:werkt_al 3:15
b:weten_als 0:14 7:-11
b:weten_wat 7:11 8:18
b:weten_ze 4:12
b:wie_de 7:11
b:wie_gaat 1:15
b:wie_heb 0:10
b:wie_heeft 0:12
b:wie_helpt 4:12
b:wie_het 0:-13 7:14
b:wie_in 7:12
b:wie_is 3:16
b:wie_je 0:21
b:wie_kan 1:11
b:wie_te 7:15
b:wie_thuis 0:11
b:wie_van 0:-12 3:42
b:wie_voor 0:19
b:wie_zou 0:18
b:wij_hebben 0:-12 8:18
b:wil_ik 5:13 7:11
b:wil_je 0:19 1:20 3:-10 4:11 5:-27 6:-29 7:-17 8:18
b:willen_bekijken 0:11
b:willen_doen 7:13
b:willen_weten 0:-11 5:17
b:wilt_? 0:-24 1:20 4:10
b:wilt_meelopen 0:14 7:-10
b:wilt_u 7:10
b:wiskunde_b 8:11
b:wiskunde_c 2:12
b:wist_? 0:15
b:wist_je 0:-19 4:12
b:wonen_en 2:14
b:woon_je 0:-15 5:22
b:word_je 0:-10 8:20
b:word_jij 8:19
b:worden_? 0:-10 8:16
b:wordt_een 0:-10 1:23
b:wordt_er 7:12
b:wordt_het 0:-26 1:-10 7:32 8:12
b:wordt_je 7:15
b:wordt_toegelaten 2:13
b:zaak_? 4:13
b:zag_je 0:12 2:23
b:ze_thuis 4:12
b:ze_wil 0:-15 3:19
b:ze_willen 3:10
b:zeggen_dat 0:13
b:zegt_dat 0:20
b:zegt_het 0:-32 1:18 2:18
b:zegt_jouw 2:12
b:zei_dat 0:15
b:zeker_dat 4:16
b:zelf_? 1:11
b:zelf_aan 1:12
b:zelf_het 0:19
b:zelf_in 7:20
b:zelf_nog 1:12
b:zelf_voor 0:11
b:zet_de 0:22
b:zet_ik 8:10
b:zet_jezelf 3:19
b:zetten_? 1:16
b:zie_je 0:33 1:-10 4:12 5:-13
b:zie_jij 1:16
b:zie_jou 8:18
b:ziekenhuis_ligt 5:14
b:zien_? 0:17
b:zien_dat 2:12 6:18
b:ziet_? 0:14
b:ziet_de 6:12
b:ziet_een 0:13
b:ziet_er 5:17
b:zijn_? 0:12 2:20
b:zijn_een 0:17
b:zijn_er 1:13
b:zijn_geen 4:18
b:zijn_je 6:16
b:zijn_jouw 3:18
b:zijn_meestal 4:16
b:zijn_motieven 0:19
b:zijn_niet 1:16
b:zijn_nog 6:15
b:zijn_om 0:-23 2:11 8:33
b:zijn_profielwerkstuk 3:16
b:zijn_vaak 4:27
b:zijn_verder 0:-12 3:18
b:zijn_voor 1:15
b:zijn_welkom 0:20
b:zit_dat 0:-16 3:21
b:zit_er 0:25
b:zit_je 0:-27 7:11 8:10
b:zit_jij 2:15
b:zo'n_moment 0:13
b:zo_iemand 4:12
b:zo_in 8:12
b:zo_leuk 0:14
b:zo_snel 0:-16 1:14 4:10
b:zo_vaak 0:-10 1:-16 5:52
b:zo_weinig 1:17 4:14
b:zoals_de 0:-10 4:19
b:zoals_jij 0:-15 4:12 8:19
b:zodat_je 2:13
b:zoek_jij 4:15
b:zoekt_u 4:14
b:zonde_van 8:17
b:zonder_dat 0:14
b:zonder_stageplek 7:20
b:zonder_veel 0:-13 1:14
b:zorg_? 1:15
b:zorg_dat 0:-11 6:22 7:10
b:zorg_is 0:21
b:zorg_jij 5:13
b:zorg_te 0:-17 5:22
b:zorg_voor 5:14
b:zou_dat 0:12 3:18
b:zou_die 8:11
b:zou_een 0:-22 1:20
b:zou_het 1:14 3:-10 8:14
b:zou_ik 0:-12 4:15
b:zou_je 0:46 2:-16 4:22 8:17
b:zou_jij 0:21 2:15 3:15 4:-22
b:zou_verstandig 0:-12 8:16
b:zullen_we 2:11 4:11 8:23
b:zus_deed 3:10
b:zwakke_leerling 0:-19 1:13
b:zwakke_punten 0:-12 1:26
q:<grade> 0:-20 2:20 4:-14 5:-12
q:<num> 6:23
q:aan 1:18 4:40 6:-19
q:aanpakken 1:23
q:achter 0:23 7:10
q:achterstand 1:20
q:adhd 0:-14 4:24 5:14
q:advies 0:16
q:af 0:-13 2:31 6:12
q:afgerond 0:11 6:12
q:afgevinkt 0:-12 6:17
q:afspraken 1:18
q:aftekenen 6:12
q:al 0:-30 1:12 2:-15 3:30 5:-33 6:104
q:alle 6:32 7:14
q:allemaal 5:12
q:alles 1:16
q:als 0:14 3:13 4:25 7:-17
q:altijd 1:36 3:-12
q:ambitieus 3:25
q:andere 0:-20 3:20 5:15 8:21
q:anderen 0:14 3:12
q:anders 0:23 1:-19 3:38 6:-12
q:autisme 0:-11 4:11 5:15
q:b 0:11
q:baan 1:22
q:bakker 0:18
q:bbl 4:11
q:bbl-studenten 3:10
q:beantwoord 6:20
q:bed 5:16
q:bedrijf 0:23
q:bedrijven 1:19
q:beetje 0:-10 4:10 5:24 7:16
q:begeleider 0:-18 6:16
q:begin 4:13
q:begint 0:11
q:behaald 6:16
q:behalve 0:-21 1:24
q:beinvloedt 0:-16 5:29
q:bekeken 0:23 1:16 6:-25
q:bekijken 4:10
q:belangrijk 4:11
q:ben 0:27 3:21 4:-14 5:11 6:-14
q:bent 0:14 1:27 3:-13
q:beperkte 0:-11 1:25
q:bereik 2:12
q:bereiken 3:18
q:beroep 0:19 1:37 4:18
q:beroepen 0:20 4:19 6:-12
q:beroepentest 3:12
q:beroepskeuze 0:-21 1:34
q:beschut 0:-25 4:47
q:beslissing 0:12
q:beslist 7:16
q:best 4:18
q:beste 3:18
q:betalen 5:28
q:betekent 0:-14 5:20
q:beter 3:23 4:15
q:beweging 4:12
q:bewijs 0:-11 6:18
q:bezig 0:30
q:bezocht 3:19 6:14
q:bezoeken 0:-10 4:14
q:bij 0:-13 1:16 5:18 6:-44 7:-24 8:-22
q:bijbaan 0:13 5:14
q:bijgebleven 0:28
q:bijvoorbeeld 5:25 6:-13
q:binnen 6:18
q:biologie 0:12
q:blij 0:20
q:blijft 0:-21 1:27
q:blijven 0:-25 3:13 5:19
q:boeiend 0:21 2:-12
q:bouw 0:10
q:bouwen 2:13
q:boven 2:15
q:bpv 0:11
q:broer 3:19
q:broertjes 5:31
q:buiten 0:16
q:buurt 4:21
q:cijfer 0:-16 2:87
q:cijferlijst 2:19
q:cijfers 0:-26 2:75 5:-12
q:collega 0:14
q:collega's 0:11
q:competenties 0:-12 6:16
q:compleet 6:51
q:compliment 0:12
q:concentratie 0:-12 1:17
q:cultuur 0:-17 4:37
q:daar 2:27 3:13 6:-17
q:daaraan 0:-23 2:16 3:25
q:daarbij 1:22
q:daarmee 2:21 5:15
q:daarnaar 2:10
q:daarom 4:26
q:daarop 1:10
q:daaruit 0:15
q:daarvan 0:-15 4:20
q:dag 0:25
q:dagen 0:17
q:dan 0:-18 1:35 2:41 3:15 5:-16 6:-21 7:-15
q:dat 1:43 2:16 3:41 5:-28 6:-52 7:36 8:-26
q:de 0:-19 1:19 5:18 6:16 7:-14
q:deadline 0:10
q:deed 0:30
q:deel 0:13
q:denk 4:15 5:-26 6:-21 8:-10
q:denken 0:-11 2:12
q:denkt 2:10 5:10
q:deze 0:27 1:-15 5:-11 6:10 7:11
q:dezelfde 0:19
q:dichterbij 0:18
q:die 0:47 1:-11 2:31 3:25 4:-24 6:-12 7:-14
q:dingen 1:14
q:dit 0:25 1:-23 2:36 4:-12 5:-10 7:21
q:doe 1:-11
q:doen 0:-31 1:22 2:10 4:-25 5:-18 7:16
q:doet 0:18
q:door 6:22
q:doorslag 0:12
q:doorzettingsvermogen 1:14
q:dossier 6:19
q:draag 5:11
q:draaien 0:13
q:droomopleiding 0:12
q:duits 0:-13 2:23
q:durf 0:18
q:dus 0:-29 1:37 2:15 4:29 5:-11 6:-18 7:16
q:echt 0:14 7:28
q:echte 4:20
q:economie 1:15
q:een 0:52 1:24 5:23 6:-20 8:-15
q:eens 0:25 3:31 5:-19 6:-13
q:eerlijk 8:22
q:eerst 0:-17 1:39 8:15
q:eerste 0:13
q:eet 0:-19 5:48
q:eigen 0:-11 1:25
q:eigenlijk 0:-17 1:39 3:13 5:20
q:eindcijfer 2:29
q:eindelijk 0:-20 1:24
q:elke 1:-11 6:10 7:11
q:en 0:49 1:-50 2:46 3:-14 4:-14 5:30 6:25 7:-16
q:energie 5:12
q:engels 1:24 5:-12
q:er 1:18 2:-11 4:-27 5:23 6:35 7:-18
q:eraan 0:-20 1:23 7:11
q:erg 5:16
q:ergens 1:15
q:ernaar 7:18
q:eruit 0:16
q:eruitziet 0:10
q:ervan 0:18
q:ervoor 0:-17 2:11
q:eten 5:14
q:even 3:24 5:-17
q:familie 0:-10 5:26
q:formulier 6:11
q:fout 0:14
q:ga 0:-21 1:23 7:15 8:-13
q:gaan 0:-20 2:18 4:15 5:12
q:gaat 0:-19 1:11 5:27 7:11
q:gaf 0:19
q:gastles 6:10
q:gebeuren 2:12
q:gebrek 1:25
q:gebruik 5:25
q:gedaan 0:24
q:gedacht 4:30
q:geen 0:-16 4:21
q:geholpen 0:10
q:gekozen 3:11
q:geld 0:23 5:29
q:geleerd 0:17 1:15
q:gelukt 1:18
q:gemaakt 6:12
q:gemiddelde 0:-36 2:81 3:15
q:genoeg 0:-21 2:30 5:34
q:genomen 0:13
q:geschiedenis 0:12
q:gesprek 0:37 2:20
q:getekend 6:21
q:gevoerd 5:-11 6:13
q:geweest 5:18
q:gewoon 1:19
q:gezegd 8:21
q:gezien 1:39
q:gezin 4:15 5:44
q:gezondheid 5:18
q:ging 0:42
q:goed 1:11 4:31 6:-11 7:-10
q:goede 1:13 7:30
q:graag 0:34 1:-13 4:11
q:grens 2:16
q:groep 3:19
q:groepje 3:25
q:haalbaar 1:11
q:haalt 2:18 5:11
q:haar 3:11
q:had 0:33 1:-10
q:halen 0:-20 2:45
q:handen 0:-16 1:16 4:28
q:handig 1:11
q:havo 2:18 8:15
q:hbo 4:15
q:hbo-opleiding 4:-16 8:23
q:heb 0:14 5:12 6:54
q:hebben 0:-17 3:19
q:hebt 1:15 3:15
q:heeft 0:20 1:-18 5:16 6:23
q:heel 1:15
q:helpen 0:17 1:19
q:helpt 4:11 5:15
q:hem 3:11
q:herkansen 0:-14 2:28
q:herken 1:16 4:18
q:het 0:-38 3:20 6:15 8:13
q:hielp 0:12
q:hier 0:11
q:hij 0:-10 3:15 5:11
q:hoe 0:57 4:-19 5:10 6:-28
q:hoeveel 0:-23 1:-17 2:27 5:12 6:34
q:hoog 2:20
q:hoor 3:13 4:10
q:horen 0:16
q:houd 2:11
q:houden 0:-21 4:15 5:18
q:houding 0:-15 1:25
q:houdt 1:10 3:16 7:16
q:huis 0:11 4:12
q:hulp 0:10
q:hun 0:-11 4:25
q:ict 4:12
q:idee 1:15
q:iedereen 0:-11 7:34
q:iemand 0:10 1:14 5:14
q:iets 0:44 3:18 6:-10 8:-11
q:ik 0:19 7:13
q:in 3:-21 5:-20 7:-10 8:-12
q:ingeleverd 6:28
q:ingevuld 6:24
q:initiatief 1:21
q:inmiddels 6:41
q:interessant 0:21
q:invloed 5:19
q:is 0:-39 1:28 2:14 3:-16 4:-21 5:-12 7:14
q:isk-leerlingen 4:15
q:jaar 0:36 1:-23 2:21 5:-12 6:-13
q:je 2:12 3:-51 6:32 7:-18 8:-29
q:jezelf 1:37 2:-11 3:15 4:11 5:-19
q:jij 1:42 3:102 4:45 6:-14 8:-11
q:jou 0:19 1:34 3:62 4:21 5:-18 6:-11
q:jouw 0:-35 1:47 3:33 4:24 6:-11 7:11
q:juist 0:24
q:jullie 0:-31 1:-12 3:32 4:18 5:34
q:kamer 5:15
q:kan 0:21 1:13 3:11
q:kans 0:15
q:kansen 2:13 7:15
q:kant 0:15
q:kantoor 4:17 5:-11
q:kantoorbaan 3:10
q:keer 1:17 7:17
q:ken 0:25 1:14
q:keus 0:10
q:keuze 0:45 1:10 2:-14 5:12
q:keuzedeel 0:-10 4:20
q:keuzes 0:13
q:kies 0:-37 3:11 7:23 8:16
q:kiest 1:14
q:kiezen 1:24
q:kijk 0:10 2:17 3:-14
q:kijken 2:11 4:15
q:kijkt 1:15
q:kinderen 4:18
q:klaar 6:16
q:klanten 1:10
q:klas 3:57
q:klasgenoten 0:-16 1:-15 3:54
q:klein 0:10
q:kleine 5:18
q:kleiner 7:15
q:klopt 4:15
q:klus 0:12
q:klusje 0:10
q:kom 0:10 1:33
q:komen 1:-10 4:18
q:komende 0:14
q:komt 0:-16 1:16 3:33
q:kon 0:11
q:korte 1:16
q:kreeg 0:13
q:krijgen 2:11 5:14
q:krikken 2:18
q:kun 0:-14 1:22 4:-18
q:kunnen 0:-13 1:17 3:10 5:14 7:28
q:kunt 0:-14 2:17
q:kwaliteit 0:12
q:kwam 1:22
q:laagste 0:-26 2:27
q:laat 0:-12 2:-10 5:16
q:laatst 0:30
q:laatste 5:21
q:lager 3:17
q:land 8:19
q:lang 1:-11 3:12 7:30
q:last 0:-11 5:21
q:lastig 1:29
q:laten 6:15 7:16
q:later 2:11 4:15 5:-13
q:leerbedrijf 1:20 6:12
q:leerde 0:13
q:leerling 3:16 4:-12
q:leerlingen 0:-10 3:17 4:15
q:leert 0:18
q:leg 3:10
q:leren 3:10 4:20
q:les 0:13
q:let 0:-11 5:18
q:leuk 0:31
q:leukst 0:12
q:lever 7:18
q:lezen 1:10
q:liefst 0:12
q:liever 0:17 4:21
q:ligt 2:12 5:14
q:lijkt 0:10 8:15
q:lijstje 3:10
q:lob-dossier 6:16
q:lob-punten 6:33
q:loopbaangesprek 2:12
q:los 0:17
q:lukt 3:15 5:15
q:maakt 2:-15 3:23 7:15
q:maakte 0:25
q:maar 0:14
q:mag 2:14
q:maken 0:16 2:-14
q:mbo 1:11
q:mbo-opleiding 1:-13 2:12 4:27
q:medicijnen 5:32
q:mee 0:24 5:15
q:meedenkt 0:20
q:meegenomen 0:-12 6:18
q:meekijkt 7:14
q:meeloopdag 6:11
q:meelopen 0:16
q:meenemen 0:15
q:meer 0:24 1:-12 3:10 4:21
q:meest 0:15 2:13 5:-17 6:-24
q:meestal 4:27
q:meisje 0:-11 4:36
q:meisjes 4:20
q:mensen 0:20
q:mentorgroep 3:13
q:merk 0:15 5:11
q:merkt 0:18
q:met 0:-15 2:11 4:16 5:32 6:-10 7:-23
q:mij 0:24
q:minder 3:11 4:11
q:minimaal 6:15
q:minst 1:22
q:mis 0:-11 1:37
q:mist 1:20 6:10
q:mocht 0:14
q:moe 5:23
q:moeder 0:-17 5:10 6:23
q:moeilijk 1:16
q:moeilijke 0:14
q:moeite 1:11
q:moet 0:-21 1:25 2:13 5:17
q:moeten 0:-18 3:13 5:11
q:mogelijk 4:14
q:mogen 2:15
q:moment 2:15 5:14
q:mooi 2:12
q:motivatie 1:18
q:na 1:18 5:14 8:16
q:naar 3:-28 6:-19
q:naast 3:21 5:23
q:nacht 5:25
q:natuurlijk 4:19
q:nederlands 1:44 6:-12
q:neem 0:14
q:nemen 2:-15 3:18 4:13 8:22
q:net 3:17 7:11
q:niemand 0:13 4:10
q:niet 0:27 1:-29 3:46 4:-20 5:-24 7:-10
q:nieuwe 0:21
q:nieuws 0:12
q:nieuwsgierig 0:24
q:niks 8:21
q:niveau 1:29 8:11
q:nodig 0:-18
q:nog 0:-33 1:22 4:-28 6:40 7:13
q:nooit 1:40 3:-11
q:nu 0:20 1:-20 2:12 3:-10 5:25 6:10
q:of 0:53 1:-23 3:20 4:-11 5:33
q:om 0:13 4:-32 5:29 6:-20 7:-16
q:omhoog 2:23
q:omlaag 0:-20 2:25
q:onder 1:28
q:onderdeel 0:10
q:onderdelen 6:33
q:onderste 3:26
q:ondertekenen 6:12
q:onderweg 0:14
q:onderwerp 0:36 2:-14
q:onderzoeken 4:12
q:onlangs 0:16
q:ontbreekt 0:-20 6:20
q:ontbreken 6:19
q:onvoldoendes 0:-16 2:37
q:ooit 1:33
q:ook 4:69
q:oorzaak 2:14
q:op 0:26 3:26 6:13 7:26
q:opdrachten 6:20
q:open 0:11 6:17
q:opgeleverd 0:12
q:opleiding 1:11 2:-20 6:-26 7:18
q:opleidingen 1:15 2:28 4:-16
q:oplossen 1:23
q:opnieuw 0:11
q:orientatie 3:18
q:ouders 0:-22 4:30 5:48 6:18
q:over 0:42 1:25 2:20 4:-15 6:-22
q:overwegen 4:11
q:pabo 0:-12 2:27 8:15
q:pak 4:16
q:pakket 5:16
q:pakte 0:12
q:passen 0:-12 4:30
q:past 0:-25 1:15 2:30 4:52
q:per 5:30
q:periode 0:-10 2:22
q:pie 0:-13 1:40
q:plaats 8:12
q:plan 1:-19 5:14 6:28
q:plannen 3:31 5:24
q:plant 0:-13 1:24
q:plek 0:13
q:portfolio 3:10 6:22
q:praktijkbegeleider 0:20
q:praktijkleerlingen 0:-10 4:18
q:praktijklessen 1:13 5:13
q:praktisch 4:20
q:praten 0:11
q:precies 0:10 4:-11 5:17
q:proberen 0:16
q:profiel 2:16
q:profielkeuze 6:14
q:profielkeuzeformulier 5:-28 6:44
q:profielwerkstuk 2:27
q:project 1:13
q:psycholoog 0:-16 5:41
q:punten 0:-12 1:24 2:12
q:rapport 0:-16 2:53
q:rapportcijfers 0:-27 2:40
q:realistisch 4:14
q:regelen 3:13
q:rest 0:-17 1:23 3:11
q:richting 0:-12 1:13 8:13
q:risico 0:18
q:rol 0:22
q:rond 5:20
q:route 0:11
q:routes 0:14
q:scheiding 5:12
q:scheikunde 2:14
q:schermen 0:11
q:schoolexamen 0:-16 2:29
q:schooljaar 6:23
q:schoolvak 0:11
q:schoonmaak 4:17
q:schrijven 1:11
q:schulden 0:-16 5:59 6:-19
q:scoor 3:20
q:score 0:-25 2:30
q:sinds 5:25
q:slaap 5:41
q:slecht 0:-16 1:24
q:slik 0:-18 5:31
q:slimmer 8:12
q:snel 0:-11 7:17
q:snuffelstage 4:17
q:somberheid 0:-14 5:20
q:soort 0:13
q:speelt 5:19
q:spreekt 0:29
q:spreken 0:-11 1:13 4:21
q:sta 0:-14 3:36
q:staan 0:-21 2:18 6:39 7:10
q:staat 0:-34 3:14 5:-17 6:46
q:stage 0:15 2:-12 5:19 6:-10
q:stage-uren 6:10
q:stagebedrijf 5:15
q:stap 0:22 1:24 4:-11
q:stappen 0:-16 6:19
q:steeds 0:-29 1:37 5:35 6:-15
q:stel 0:10
q:sterk 4:15
q:stiefvader 0:-14 5:27
q:straks 1:16 5:12
q:student 1:10
q:studie 4:27
q:studiekeuze 0:-29 2:11 3:29
q:studies 4:12
q:stuk 1:27 3:12
q:taal 1:13
q:taken 0:-12 6:26
q:te 0:-13 1:32 2:18 3:-16 4:-19 6:-18
q:techniek 1:13 2:18 4:16 5:-13
q:technisch 4:15
q:tegen 0:-18 1:15 3:12 7:13
q:tegenaan 2:11
q:tekortkomingen 0:-28 1:43
q:tempo 0:25 4:-15
q:terecht 4:24
q:terug 0:26
q:terugdenkt 0:11
q:tevreden 2:17
q:thuis 5:100
q:thuiszorg 5:18
q:tijd 0:24 2:-12 5:19
q:tijdens 0:25
q:toch 1:34 4:40 8:14
q:toe 6:13
q:toen 0:27
q:toets 2:13
q:toetsen 2:33
q:tot 3:12 6:19
q:trekt 0:18 1:19 4:27
q:trok 0:28
q:trots 0:11
q:tussen 5:13
q:twee 1:12
q:twijfel 0:25
q:twijfelen 7:17
q:typische 4:37
q:u 0:-10 1:12 3:-11 5:24 7:19
q:uit 1:-16 2:-16 3:13 6:23
q:uitdaging 0:16
q:uitproberen 0:13
q:uitzoeken 0:38
q:universiteit 4:19
q:uren 6:10
q:uur 5:48
q:uw 5:33 7:13
q:vaak 0:-22 4:33 5:68
q:vaardigheden 1:14
q:vader 0:-17 5:34 6:10
q:vak 0:13 1:-13 2:17 4:16
q:vakken 2:19
q:vallen 0:-13 2:37
q:valt 3:10
q:van 0:14 3:38 4:-21 6:18 7:-24
q:vandaag 6:13 7:20
q:vast 0:-10 4:37 7:11
q:vaste 4:13
q:veel 0:-13 4:11 5:22
q:verbeteren 0:-21 2:22
q:verder 0:18 1:21 3:18
q:verdient 0:13
q:vergaat 4:16
q:vergeleken 3:21
q:vergelijken 0:15
q:verhaal 0:30
q:verkennen 0:29
q:verklaar 2:22
q:verplichte 5:-13 6:31
q:verschillende 0:10
q:verslagen 1:27 6:12
q:verst 3:27
q:vertellen 0:12
q:vervolgopleiding 0:-11 5:27
q:verwacht 2:16 7:16
q:vijf 3:19 6:22
q:vind 0:40 8:20
q:vinden 0:-23 1:33 4:21
q:vindt 0:22
q:voedselbank 5:18
q:voel 0:14
q:voelde 0:30
q:voelt 3:25
q:vol 4:17
q:voldoende 2:17 5:-12 6:12
q:volgen 6:11
q:volgende 0:21 2:22
q:volgens 2:26
q:vond 0:34
q:voor 0:-17 2:80 3:-13 5:23 7:-11
q:vooral 0:-11 2:14
q:voorbeeld 3:24
q:voordat 0:-18 2:21 7:22
q:voortgang 0:11
q:voortgangsbalk 6:26
q:vorig 3:13
q:vorige 0:12
q:vraag 0:36 7:22
q:vraagt 2:12
q:vragen 0:17 6:14
q:vriend 3:11
q:vrienden 0:14
q:vroeg 0:20
q:vso-leerlingen 0:-14 4:36
q:vul 6:21
q:vwo 0:-12 1:-15 8:18
q:waar 0:57 1:16 7:10
q:waardoor 1:13 5:14
q:waarin 0:18
q:waarom 1:40 2:-10 3:47 6:-11
q:waarvoor 0:14
q:wacht 7:17
q:wanneer 0:13 1:-13 4:-11 6:28 7:30
q:waren 2:18
q:was 0:49 1:-18 5:13
q:wat 0:73 1:19 3:21 4:-26 5:-34 6:-26 8:-32
q:we 0:-28 2:32 6:-10 8:22
q:week 5:15 6:18 7:29
q:weet 1:-14 3:12 4:13 7:17
q:weg 0:-12 1:18 2:16
q:weinig 1:20 4:13
q:weken 0:15
q:wel 0:-33 1:39 3:28 5:54 7:24
q:weleens 5:14
q:welk 0:48 1:15 2:33 3:-32 4:22 5:-41 6:-29
q:welke 0:35 1:13 3:-23 4:15 5:-66 6:-25 7:-32
q:werd 0:12
q:werk 0:45 1:22 2:-11 3:-12 4:25
q:werkdag 0:21
q:werkexploratie 0:14
q:werkgever 1:25
q:werkplaats 4:10
q:werkplek 4:15
q:werkstuk 0:20
q:werkt 0:15
q:weten 0:17 3:13 7:19
q:wie 0:54 2:-10 3:36 4:-13 6:-12
q:wil 0:30 5:-30 6:-31 7:-11
q:willen 0:28
q:wilt 3:-13 4:13 5:-20 7:16
q:wiskunde 2:20
q:wist 4:12
q:woon 0:-15 5:22
q:word 0:12
q:worden 3:15
q:wordt 0:-30 5:12 7:27 8:13
q:zaak 4:13
q:zag 0:11
q:ze 0:15 3:11
q:zegt 0:-30 2:32 5:17
q:zeker 4:14
q:zelf 0:44 1:30
q:zelfstandig 3:14
q:zet 1:21 3:25
q:zetten 1:12
q:zich 0:-16 3:15
q:zie 0:21 2:11 5:-15
q:ziek 5:26
q:zieke 5:17
q:ziekenhuis 5:13
q:ziekte 5:23
q:zien 0:30
q:ziet 0:18
q:zijn 0:-44 1:17 4:26 5:-23 6:18
q:zit 1:-16 2:17 3:13
q:zo 0:-44 1:74 3:18 4:13 5:20
q:zo'n 1:20
q:zoals 0:11
q:zodat 6:17
q:zoek 4:17
q:zoekt 4:14
q:zomer 1:18
q:zonder 0:-36 1:44
q:zorg 5:35
q:zorgberoep 4:12
q:zorgt 5:15
q:zou 0:47 5:-23 6:-20
q:zulk 0:20 4:-13
q:zullen 2:11 4:11 8:23
q:zwaar 0:16
q:zwakke 0:-24 1:50
s:comparative-dan 3:31 8:24
s:compare 1:-16 3:102 4:11 5:-13 7:61 8:-11
s:exclamation 0:-40 8:27
s:grade 0:-24 2:64 4:-29 5:-18 6:13
s:imperative-first 0:82 1:-15 2:-25 6:83 7:51
s:long 0:38 2:-12 3:23 5:10 8:-32
s:medium 0:84 1:-12 3:-32 4:-44 5:40
s:modal 0:21 4:-17 8:45
s:negation 1:34 2:-23 4:52 5:-15 6:-14 7:89 8:23
s:number 0:-26 2:76 3:21 4:-22 5:-16 6:74 7:38
s:question 3:13 4:30 5:32 7:-27 8:-67
s:question-word-first 0:60 1:63 2:26 3:23 4:-26 5:-64 6:-21 8:-32
s:several 0:-41 1:13 2:-10 3:38 4:59 6:-19 7:21 8:-30
s:short 1:-34 2:-58 3:15 4:75 5:-48 8:63
s:statement 0:46 2:-36 3:-25 4:45 5:-36 6:-19 8:73
s:why-not 0:-20 1:31 3:23
s:you-modal 0:13 6:-22 7:-18 8:15
s:you-negation 1:64 2:-17 3:20 7:17
s:you-question 1:13 4:30 5:46 7:-20 8:-59
s:you-statement 0:-86 1:52 4:-64 5:-11 8:60
w:! 0:-40 8:27
w:% 6:34
w:/ 0:46 8:-12
w:<grade> 0:-24 2:64 4:-29 5:-18 6:13
w:<num> 6:53 7:26
w:? 3:13 4:31 5:31 7:-27 8:-59
w:aan 0:34 1:13 4:34
w:aandacht 0:-12
w:aangemeld 7:12
w:aanleiding 0:23 2:-10
w:aanmelddatum 7:22
w:aanmelden 0:24
w:aanmelding 7:12
w:aanmeldt 0:22 8:-11
w:aanpakken 1:23
w:aanraking 1:22
w:achter 0:12 1:29 7:22
w:achteraf 0:21
w:achtergrond 4:15
w:achterstand 1:18 4:11
w:adhd 0:-19 1:-12 4:33 5:14
w:advies 8:22
w:af 0:-30 1:11 2:26 4:-13 6:27
w:afgerond 0:33 6:22
w:afgevinkt 0:-52 6:24 8:14
w:afspraken 1:28
w:aftekenen 6:35 7:-15
w:afvinken 6:12
w:afwijzing 0:11
w:al 1:10 3:100 5:-34 6:77 8:-19
w:alle 0:-39 2:-11 5:-17 6:50
w:alleen 2:-10 8:-13
w:allemaal 3:40 5:11
w:alles 1:22 4:-10
w:als 0:26 2:-17 4:54 5:-17 7:22
w:altijd 1:46 3:-16
w:ambitieus 3:25
w:ander 0:13 7:13
w:andere 3:52 5:17 8:22
w:anderen 0:38
w:anders 0:36 1:-26 2:-14 3:21 5:-13 7:54 8:-24
w:april 7:10
w:autisme 0:-11 4:21 5:17
w:b 8:21
w:baan 1:16 4:23 8:13
w:baanzekerheid 8:21
w:bakker 0:17
w:bank 4:14
w:bbl 0:12 4:12
w:bbl'ers 0:-12 4:19
w:bbl-route 8:16
w:bbl-studenten 3:10
w:bbl-traject 8:14
w:bbl-werkplek 1:12
w:beantwoord 6:18
w:bed 5:16
w:bedenk 0:14
w:bedrijf 0:12 3:15 8:11
w:bedrijven 1:15
w:beeld 5:11
w:beetje 0:-10 4:10 5:24 7:16
w:begeleider 0:-22 6:24
w:begin 4:11
w:beginnen 0:24
w:begint 0:26
w:begon 0:11
w:begrip 4:14
w:behaald 6:22
w:behaalde 0:12
w:behalve 0:-23 1:23 3:18
w:beinvloeden 0:-13 5:20
w:beinvloedt 0:-16 5:29
w:bekeken 0:17 1:16 6:-14
w:bekende 0:17
w:bekijken 0:18 4:11
w:bel 7:29
w:belangrijk 4:12
w:belangstelling 0:11
w:ben 0:17 1:-11 3:29 6:-19
w:benieuwd 0:24
w:benoemen 0:11
w:bent 0:-41 1:42 3:-23 4:30 5:21 7:-18 8:33
w:bepaalt 2:16 7:17
w:beperkte 0:-16 1:43
w:bereik 2:12
w:bereiken 3:18
w:beroep 0:46 1:40 4:17
w:beroepen 0:64 4:16
w:beroepenmarkt 0:-11 6:17
w:beroepentest 0:-15 3:11 6:28 8:29
w:beroepskeuze 0:-21 1:34
w:beschrijf 0:12
w:beschut 0:-25 4:47
w:besef 0:-12 7:31
w:beslissing 7:19
w:beslist 7:19
w:besloten 0:-13 8:28
w:bespreek 2:10
w:bespreken 2:12
w:best 0:-12 1:18 4:23 8:13
w:bestaan 0:11
w:bestaat 0:14
w:beste 3:25 8:29
w:besteed 1:22
w:betaalt 8:13
w:betalen 5:28
w:betekenis 0:14
w:betekent 0:-23 5:18 7:10
w:beter 0:-17 3:37 4:45 7:-13 8:59
w:beveiliging 8:13
w:bewegen 0:17
w:bewijs 6:18 7:10
w:bewust 0:19
w:bezig 0:25 1:-10
w:bezocht 0:-18 1:-11 3:33 6:21
w:bezoek 6:17
w:bezoeken 0:-10 4:14
w:bieden 0:15
w:bij 0:11 4:-17 5:24 6:-30 7:-24
w:bijbaan 0:32 5:15
w:bijgebleven 0:28
w:bijhoudt 1:13
w:bijvoorbeeld 0:22 5:26 6:-16
w:binnen 0:27 2:16 6:25
w:biologie 0:13 2:14
w:bleef 0:20
w:blijf 1:12
w:blijft 0:-13 1:48 5:12
w:blijkt 8:21
w:blijven 0:-24 4:12 5:17
w:blok 1:11
w:boeiend 0:21 2:-12
w:boek 1:19
w:boot 0:-14
w:bouw 4:23
w:bouwen 2:13
w:boven 2:17
w:bpv-begeleider 0:13
w:bpv-uren 6:18
w:broer 3:37
w:broertjes 5:31
w:brood 0:-13 8:17
w:buiten 0:29
w:buurt 4:21
w:c 2:12
w:capaciteiten 1:37
w:checklist 8:11
w:cijfer 0:-34 2:88 4:20 5:-11
w:cijferlijst 0:-12 2:42
w:cijfers 0:-20 2:125
w:collega 0:14
w:collega's 0:12
w:combineert 5:15
w:competenties 0:-12 6:26
w:compleet 6:57
w:compliment 0:19
w:computers 1:14
w:concentratie 0:-22 1:37 5:20
w:concreet 0:11
w:contact 0:35
w:contacten 0:15
w:creatief 4:23
w:cultuur 0:-23 4:35 8:11
w:cv 8:13
w:daan 3:16
w:daar 0:19 2:34 3:12 6:-28 8:35
w:daaraan 0:-23 2:16 3:25
w:daarbij 1:22
w:daarmee 2:22 5:16
w:daarna 7:42
w:daarnaar 2:10
w:daarom 4:26
w:daaronder 5:10
w:daarop 1:11 5:12
w:daaruit 0:15
w:daarvan 0:-15 4:20
w:dacht 0:11
w:dag 0:43 1:15 4:-13 6:30
w:dagen 0:12 1:-10 3:12 7:15
w:dan 2:18 4:-19 5:-13 7:-19
w:dat 1:26 3:15 4:-16 6:-19
w:de 0:18 1:-26 2:-22 3:15 4:-11
w:deadline 0:17 4:-12 7:15
w:decaan 6:24 8:-13
w:deed 0:35 3:16
w:deel 0:19
w:definitieve 7:16
w:degene 3:16
w:delen 0:32
w:denk 4:16 5:-25 6:-25 7:33
w:denken 2:12
w:denker 4:14
w:denkers 4:20
w:denkt 2:10
w:detailhandel 1:14
w:deur 0:11
w:deuren 8:23
w:deze 1:-21 3:-12 4:-12 5:-22 6:30
w:dezelfde 0:16
w:dichtbij 0:11
w:dichterbij 0:18
w:die 0:27 1:16 2:26 3:31 4:-51 6:-15 7:-41
w:dieren 0:11
w:dierenarts 0:15
w:ding 1:15
w:dingen 0:34 1:23
w:dinsdag 7:12
w:diploma 0:12 7:15 8:11
w:dit 2:34 6:40
w:doe 0:-20 1:-11 6:16 8:15
w:doen 0:-18 4:13 5:-11
w:doener 4:12
w:doet 0:60 8:-17
w:door 0:15 1:-17 2:12 3:-11 4:-14 6:10 8:-12
w:doordeweeks 0:-11 5:16
w:doorgaat 0:10 7:12
w:doorslag 0:12
w:doorzetter 1:30
w:doorzettingsvermogen 1:24
w:dossier 6:22
w:draag 5:11
w:draagt 0:-10 4:15
w:draaien 0:12
w:draait 5:19
w:drie 0:-29 3:14 4:-10 5:-15 6:35 8:-15
w:droomopleiding 0:15
w:droomstudie 0:-17 8:15
w:duidelijk 1:20
w:duits 0:-16 2:34
w:durf 0:18
w:durfde 0:15
w:dus 0:-68 1:22 3:-23 4:52 5:-23 6:-20 7:14 8:22
w:dyslexie 0:-11 4:27
w:e 7:12
w:echt 0:16 1:11 6:-12 7:41
w:echte 4:56 8:-18
w:economie 0:-12 2:12 3:-14 5:-13 8:11
w:economische 2:15
w:een 0:50 1:19 4:70 5:-20 6:-33 7:26
w:eenmaal 4:11
w:eens 2:29 3:33 4:-11 5:16 6:-33 7:-20 8:-25
w:eerlijk 0:-21 1:29 8:29
w:eerst 1:46 2:22 7:-12 8:20
w:eerste 0:55 8:-13
w:eerstegeneratiestudenten 0:16
w:eet 0:-19 5:48
w:eigen 0:56 1:24 8:-13
w:eigenlijk 0:-46 1:24 2:-19 6:-22 7:-20
w:eindcijfer 2:29
w:eindelijk 0:-20 1:24
w:elektricien 3:22
w:elk 0:17
w:elkaar 0:25
w:elke 0:23 4:-16 6:47 7:24
w:en 0:83 1:-39 2:44 3:-13 4:-42 5:15 7:20
w:energie 0:24 5:13
w:engels 1:23 2:14
w:enige 0:-14 3:17
w:enthousiast 0:19
w:entree 8:14
w:er 2:-13 3:-20 4:-54 5:29 6:35 8:-24
w:eraan 1:22
w:erg 5:15
w:ergens 1:14
w:ermee 0:12
w:ernaar 7:18
w:erom 7:16
w:eruit 0:16 7:20
w:eruitziet 0:12
w:ervan 0:24
w:ervaring 0:47
w:ervaringen 0:11
w:ervoor 5:-11 8:-10
w:eten 5:30
w:even 3:27 6:45 8:-13
w:examen 2:12
w:excursie 7:11
w:extra 0:-28 1:20
w:f 2:21
w:falen 0:10
w:familie 5:27
w:februari 0:17
w:feedback 0:17
w:fietst 0:15
w:fijn 4:10 5:12
w:fijnst 4:11
w:flink 5:19
w:formulier 6:10
w:foto 6:22
w:fout 0:-15 4:32
w:frans 2:14
w:ga 0:-22 1:19 7:19
w:gaan 0:-47 4:20 7:-20 8:13
w:gaat 0:-16 1:23 2:17 5:51 6:-13 7:13
w:gaf 0:20
w:gebeuren 2:12
w:gebrek 1:25
w:gebruik 5:25
w:gebruikt 5:17
w:gedaan 0:-17 3:27 6:12 8:33
w:gedacht 4:30
w:gedeeld 0:10
w:geef 1:19
w:geeft 0:22
w:geen 0:-20 1:14 2:-10 4:47 6:-24 7:41 8:-11
w:gefeliciteerd 0:12
w:gegrepen 8:14
w:gehaald 0:-12 2:36
w:gehad 6:20
w:geholpen 0:14
w:gekozen 3:15 7:24 8:15
w:geld 0:32 5:28
w:geleerd 0:19 1:15
w:gelukt 1:17
w:gemaakt 0:20 6:13
w:gemiddeld 2:17
w:gemiddelde 0:-35 2:89 3:15
w:geneeskunde 8:22
w:genoeg 0:-37 2:27 5:44
w:genomen 0:15
w:gerust 0:36
w:geschiedenis 0:14
w:geschikt 0:-14 1:12 8:27
w:gesprek 0:11 1:-10 2:11 3:-15 6:18 7:17
w:gesprekken 0:13 5:11
w:getekend 6:21
w:geven 0:12
w:gevoerd 0:-19 5:-11 6:34
w:gevonden 0:-13 1:16 3:12
w:gevuld 6:21
w:geweest 5:18
w:gewend 0:44
w:gewerkt 5:14
w:gewone 0:17
w:gewoon 1:13 8:54
w:geworden 3:22
w:gezegd 8:31
w:gezet 6:14
w:gezien 1:38
w:gezin 0:-28 4:34 5:44
w:gezondheid 5:17 8:11
w:ging 0:53
w:goed 0:14 4:32 6:-23
w:goede 0:11 1:10 7:29
w:graag 0:79 1:-12 4:15
w:grens 2:16
w:groeit 0:15
w:groen 6:22
w:groep 2:13 3:28 7:11
w:groepje 3:25
w:groot 8:12
w:grote 4:19 8:-19
w:gymnasiasten 0:-10 4:23
w:haalbaar 1:11
w:haalt 2:17
w:haar 3:13
w:had 0:19 1:-15 2:15 3:20
w:halen 0:-24 2:53
w:hand 4:28
w:handen 0:-19 1:15 4:30
w:handig 1:22
w:handtekening 7:15
w:handtekeningen 6:23
w:havist 0:-14 4:33
w:havisten 4:16
w:havo 2:15 3:20 8:42
w:hbo 4:32 8:20
w:hbo-opleiding 4:-16 8:24
w:he 1:10
w:heb 6:26
w:hebben 0:-36 1:-19 3:21 4:17 5:-13 6:23 7:-20
w:hebt 6:29 7:15 8:-25
w:heeft 0:-35 1:-15 2:-19 3:34 4:-34 6:14 7:28 8:15
w:heel 2:13
w:heen 0:14
w:hele 5:13 6:-12 7:15
w:helemaal 0:13 4:18 8:-21
w:helft 1:27
w:helpen 0:32 1:19
w:helpt 0:35 5:15
w:hem 6:13
w:herfstvakantie 2:11 6:16
w:herkansen 0:-14 2:28
w:herken 1:16 4:18
w:het 2:-15 4:-40 5:-21 6:35 8:25
w:hielp 0:13
w:hier 0:18 6:19
w:hij 0:-29 3:19 5:10 7:11 8:15
w:hoe 0:63 2:30 4:-26 5:31 6:-35 8:-13
w:hoef 6:18
w:hoeft 0:31 1:11 8:-13
w:hoeveel 0:-23 1:-17 2:26 5:12 6:40
w:hoger 0:-23 8:19
w:hoofd 0:14 4:10
w:hoofddoek 0:-15 4:24
w:hoog 2:19 8:24
w:hoor 0:10 3:13 4:18 8:14
w:hoorde 5:22
w:hoort 0:-18 8:32
w:horeca 4:23
w:horen 7:10
w:houd 2:12 8:12
w:houden 0:-10 4:14 5:19
w:houding 1:35
w:houdt 0:-15 2:-11 6:-17 7:15
w:huis 0:12 4:12
w:hulp 0:12
w:hun 0:-16 3:36 4:26
w:ict 4:15
w:idee 0:23 7:-12
w:iedereen 0:13 3:13 7:42
w:iemand 0:56 1:14 3:-11 5:13
w:iets 0:51 6:-26 7:-33 8:25
w:ik 1:-23 2:-11 3:-22 4:-19 7:44
w:in 0:21 4:12 6:31
w:informatie 0:16
w:ingeleverd 0:-18 6:38 7:21
w:ingeschreven 3:12
w:ingesteld 4:17
w:ingevuld 6:18 7:19
w:inhoud 6:11
w:initiatief 1:34
w:inmiddels 6:41
w:inschrijving 0:-11 7:19
w:interessant 0:23
w:interesse 0:10
w:interesses 0:11
w:interessetest 3:14 8:11
w:interieur 2:14
w:invloed 5:19
w:is 0:-18 1:44 3:-15 4:-13 6:20 8:54
w:isk-leerlingen 0:-14 3:11 4:12
w:jaar 0:11 2:16 3:30 4:-24 5:-13 7:20
w:je 1:-18 2:31 4:-22 5:19 6:67 7:38
w:jezelf 0:31 1:41 3:20 4:16 5:-15
w:jij 1:76 3:137 4:53 6:-25 8:43
w:jongen 4:18
w:jongens 0:-11 4:46
w:jongeren 4:15
w:jou 0:-22 1:76 3:53 4:30 5:-21 6:-11 8:58
w:journalisten 0:11
w:jouw 0:-70 1:43 2:-14 3:46 4:27 6:-30 8:23
w:juist 0:34
w:jullie 0:-33 1:-17 3:30 4:15 5:55 6:11 7:-12
w:kader 3:15
w:kaderberoepsgerichte 8:14
w:kamer 5:15
w:kan 0:27 2:-12 6:35 7:-14 8:-24
w:kans 7:30
w:kansen 2:16 7:34
w:kant 1:13
w:kanten 0:18
w:kantoor 4:17 5:-11
w:kantoorbaan 3:10
w:kapper 0:12
w:keer 1:29 7:32
w:ken 0:38 1:13
w:kennen 0:22
w:kent 0:29
w:kerstvakantie 6:19
w:keus 0:10
w:keuze 0:41 4:-10 5:18 6:-17 7:44 8:11
w:keuzedeel 4:19
w:keuzeformulier 7:14
w:keuzemoment 0:14
w:keuzes 0:35
w:keuzevak 0:21
w:kies 0:-75 3:13 6:-11 7:48 8:73
w:kiest 0:-32 1:11 7:33
w:kiezen 0:22 1:19 3:17 4:33
w:kijk 2:12 5:-13 7:-13
w:kijken 0:17 2:12 4:16
w:kijkt 1:14
w:kind 4:14
w:kinderen 4:16 8:18
w:kinderopvang 4:11
w:klaar 6:52
w:klant 0:14
w:klanten 1:10
w:klas 0:-16 3:75
w:klasgenoot 0:15
w:klasgenoten 0:-20 1:-18 3:66
w:klein 0:11
w:kleine 5:18
w:kleiner 7:43
w:kleuren 5:11
w:klik 6:12
w:klok 7:20
w:klopt 4:15
w:klus 0:18
w:klusje 0:10
w:kok 8:34
w:kom 1:32
w:komen 1:-11 4:21
w:komende 0:19
w:komt 0:-20 1:19 3:28
w:kon 0:11
w:koos 3:18 8:17
w:koppelt 0:17
w:korte 1:28
w:kost 0:13
w:kosten 5:12
w:kreeg 0:16
w:krijg 1:16
w:krijgen 2:11 5:14
w:krijgt 7:24
w:krikken 2:18
w:kun 0:-23 4:16 5:-12 7:23 8:-22
w:kunnen 1:13 5:29 7:24
w:kunstacademie 8:14
w:kunt 0:-18 2:14 7:13 8:29
w:kwaliteit 0:29
w:kwaliteiten 0:37
w:kwam 1:22
w:kwijt 1:14 7:15
w:laag 0:-15 1:11
w:laagste 0:-26 2:27
w:laat 0:-10 5:15 6:36 7:20 8:20
w:laatst 0:43
w:laatste 0:-33 1:-13 2:33 3:16 5:23
w:laborant 8:12
w:lage 1:12
w:lager 3:17
w:land 8:18
w:landbouw 4:18
w:lang 1:-13 3:12 7:44
w:lange 4:14
w:last 0:-11 5:21
w:lastig 0:-11 1:54
w:laten 2:18 5:-15
w:later 0:32 1:-18 5:-17 6:-15 7:-12 8:25
w:leeftijd 3:13
w:leer 8:11
w:leerbaan 7:19
w:leerbedrijf 0:-21 6:11 7:36
w:leerde 0:13
w:leerjaar 1:17
w:leerling 5:-11 6:-13 7:-18 8:11
w:leerlingen 0:-11 1:-17 3:55 4:27
w:leert 0:33
w:leerweg 8:12
w:leg 0:11 2:13 3:12
w:leggen 0:11
w:leraar 8:14
w:leren 0:19 3:12 4:21
w:les 0:22
w:let 0:-26 5:18 7:10
w:leuk 0:53
w:leukst 0:15
w:leven 7:14
w:lever 0:-24 6:36 7:34
w:lezen 0:-11 1:26
w:lichamelijke 1:15
w:liefst 0:26 1:10
w:liep 0:12
w:liever 4:25 8:32
w:lig 7:19
w:ligt 0:-22 4:15 6:-15
w:lijken 3:17
w:lijkt 1:10 4:18 8:40
w:lijstje 3:11
w:lob 3:17 5:13 6:43
w:lob-dossier 6:16
w:lob-programma 6:20
w:lob-punten 6:33
w:lob-uren 6:12
w:logboek 0:-13 7:14
w:logistiek 4:11
w:loopbaan 0:16
w:loopbaanbegeleider 0:16
w:loopbaanbegeleiding 0:37 8:-12
w:loopbaandossier 0:-25 6:25
w:loopbaangesprek 0:-13 2:26 7:13
w:loopbaangesprekken 0:-13 1:20
w:loopbaanplan 0:-11 5:14
w:loopbaansturing 0:12
w:loopt 0:-13 1:13
w:lopen 0:11
w:los 2:-11 8:14
w:luisteren 1:12
w:lukt 0:-12 3:15 5:14
w:maakt 0:60 2:-24 3:18 4:-12 8:-21
w:maakte 0:25
w:maandag 7:36
w:maar 8:75
w:maart 7:16
w:maatschappij 8:14
w:mag 0:24 2:13 7:23 8:-11
w:magister 2:14 6:12
w:maken 0:26 2:-17
w:marokkaanse 4:11
w:mbo 8:25
w:mbo-diploma 0:-13 8:12
w:mbo-opleiding 1:16 4:27
w:me 1:-16 4:12
w:medicijnen 0:-20 5:59
w:mee 0:26 5:21 6:14 8:20
w:meedenkt 0:25
w:meegenomen 0:-12 6:18
w:meekijkt 7:13
w:meeloopdag 6:12 7:23
w:meeloopdagen 6:19
w:meelopen 0:34
w:meeneemt 0:10
w:meenemen 0:15
w:meer 0:16 4:26 6:-15 7:23 8:10
w:meerdere 0:11
w:meest 0:15 2:13 4:19 5:-17 6:-25
w:meestal 0:-22 4:79
w:meeste 3:17 8:14
w:meet 0:-11 1:20
w:mei 0:25 7:22
w:meiden 3:-14 4:19
w:meisje 0:-18 1:-11 4:67
w:meisjes 4:35
w:meld 0:-16 7:29
w:mens 0:12
w:mensen 0:43
w:mentor 5:11 7:14
w:mentorgroep 3:18
w:merk 0:20 5:11
w:merkt 0:23
w:met 4:13 5:19 6:-15 7:-21 8:11
w:meteen 8:17
w:mij 8:22
w:mijn 7:14 8:29
w:mik 0:-20 8:14
w:minder 4:17 5:11
w:minimaal 6:15
w:minst 1:21 3:12
w:mis 0:-12 1:37
w:mislukking 0:10
w:misschien 0:-18 1:18 5:26
w:mist 0:-29 1:76 6:23 7:17
w:mocht 0:14
w:moe 5:28
w:moeder 0:-27 5:20 6:21 8:14
w:moeilijk 1:16
w:moeilijke 0:14
w:moeite 1:22
w:moet 0:-16 3:-18 4:-18 8:16
w:moeten 0:-26 3:13 5:11
w:mogelijk 4:14
w:mogelijke 0:14
w:mogen 2:15
w:moment 0:38 2:15 5:17
w:monteur 8:11
w:mooi 0:40 2:14
w:mooie 0:10 1:17 2:-11
w:morgen 7:27
w:motief 0:27 8:-11
w:motieven 0:37
w:motivatie 1:18
w:na 0:24 2:-12 4:-15 8:39
w:naar 0:14 4:-11 6:-41 8:10
w:naast 0:24 3:22 5:24
w:nacht 5:25
w:nadelen 0:12
w:nadenken 4:18
w:nam 0:18
w:natuur 8:19
w:natuurlijk 0:-12 4:32
w:nederlands 1:40 3:10 6:-13
w:neef 3:24
w:neem 0:23 8:21
w:neemt 7:10
w:nemen 0:-30 2:-12 3:11 6:-12 7:-13 8:34
w:nergens 0:-17 1:20
w:net 3:15
w:netwerk 0:44 8:-14
w:netwerken 0:17
w:niemand 1:-10 4:10
w:niet 0:13 1:-28 3:22 5:-19 6:12 7:40
w:niets 7:17
w:nieuwe 0:35
w:nieuws 0:14
w:nieuwsgierig 0:30
w:nieuwsgierigheid 0:35 8:-14
w:niks 0:10 8:21
w:niveau 0:-25 1:41 4:-10 8:50
w:nodig 0:-24 1:13 2:17
w:noem 0:21
w:noemde 0:10
w:noemen 0:14
w:nog 0:-23 1:46 4:-22 5:26 6:81 7:74 8:-41
w:nooit 0:-12 1:52 3:-13 7:19
w:normaal 0:10
w:noteer 6:14
w:nou 1:13 8:11
w:nu 1:-28 4:-11 5:13 7:19 8:-20
w:oefenen 0:12
w:of 0:83 1:-24 2:18 3:11 5:66 8:-19
w:om 0:41 2:20 4:-22 5:35 6:-18 7:-20
w:omdat 0:-19 1:17 4:42
w:omgeving 0:13
w:omhoog 0:-23 2:42
w:omlaag 0:-36 2:43
w:omweg 0:17
w:onder 0:-19 1:22
w:onderdelen 6:45
w:ondermaats 0:-20 1:13 8:10
w:ondernemen 0:15
w:ondernemer 0:11
w:ondernemers 4:14
w:onderste 3:26
w:ondertekenen 6:12
w:onderweg 0:18
w:onderwerp 0:49 2:-13
w:onderzoeken 0:12 4:11
w:ongemotiveerd 0:-11
w:ongeveer 1:28
w:onlangs 0:12 5:18
w:ons 0:20
w:ontbijt 5:24
w:ontbreekt 0:-21 1:18 6:32
w:ontbreken 6:29
w:ontdek 0:12
w:ontdekken 0:15
w:ontdekking 0:10
w:ontwerpen 0:13
w:onvoldoendes 0:-17 2:39
w:ooit 1:33
w:ook 0:53 3:23 4:42 6:-16 8:-28
w:oorzaak 2:14
w:op 1:15 3:18 5:-11 6:27 7:14
w:opdracht 6:22
w:opdrachten 6:25
w:open 0:26 2:-13 3:17 4:-14 5:-11 6:28 7:-18
w:openen 2:16
w:openstaan 0:-12 6:27
w:opent 0:28
w:opgeleverd 0:12
w:opgelopen 0:-13 1:18
w:opleiding 0:16 1:-10 2:-15 3:-16 6:-26 7:14 8:14
w:opleidingen 0:49 1:25 2:28 4:-13
w:oplossen 1:23
w:opnieuw 0:17
w:oppakt 0:13 1:16
w:opties 8:11
w:opvoeding 1:15
w:organiseren 1:22
w:orientatie 3:18
w:ouders 1:-15 4:32 5:47 6:13 7:36
w:over 0:77 2:19 3:-26 4:-18 6:-45 8:-37
w:overleg 8:15
w:overlijden 0:-34 5:54
w:overslaan 4:15
w:overstappen 0:13
w:overwegen 4:11
w:overzicht 0:11
w:overzien 4:12
w:pabo 0:-16 2:41 8:22
w:pak 0:-23 2:22 4:16
w:pakken 3:14
w:pakket 5:16
w:pakte 0:12
w:paraaf 6:28
w:pas 0:10 6:11
w:passen 1:-10 4:31
w:past 0:-10 2:41 4:44 7:-12 8:24
w:per 0:-17 2:19 5:30
w:periode 0:-24 2:48
w:persoon 0:11
w:pie 0:-13 1:40
w:pittig 0:11
w:plaats 8:12
w:plan 1:-25 2:-13 6:19 8:12
w:plannen 0:-16 1:20 3:22 5:22
w:plant 0:-13 1:24
w:plek 7:23 8:12
w:plekken 7:14
w:plezier 0:33
w:politie 3:12
w:politieacademie 8:14
w:portfolio 0:-21 3:21 6:42 7:10
w:praat 0:12
w:praktijk 0:15
w:praktijkbegeleider 0:32
w:praktijkleerlingen 0:-10 4:18
w:praktijklessen 1:14 5:24
w:praktijkonderwijs 0:-23 3:13 4:21
w:praktijkopleider 1:13 6:20
w:praktisch 0:-13 4:30
w:praten 0:32
w:prater 0:-11 1:16
w:precies 3:15 4:-11 5:17
w:presentatie 0:17
w:prima 0:16
w:proberen 0:16
w:probleemleerling 0:-26 1:15 8:18
w:procent 2:12
w:profiel 0:12 2:12 3:14 4:-10 7:13
w:profielkeuze 6:25 7:23
w:profielkeuzeformulier 5:-28 6:44
w:profielwerkstuk 0:-14 2:26 3:14
w:project 1:13
w:psycholoog 0:-26 5:55
w:punten 0:-12 1:24 2:12
w:raken 0:11
w:rapport 0:-32 2:72 7:15
w:rapportcijfer 0:10
w:rapportcijfers 0:-35 2:59
w:realistisch 4:25
w:recht 0:20 7:-13
w:rechten 3:15 4:12
w:redden 0:-16 4:26
w:reflectie 7:19
w:reflecties 6:22
w:reflectieverslag 6:13
w:reflectieverslagen 6:19
w:regel 6:-12 7:13
w:regelen 3:11
w:rekentoets 2:30
w:rekenvaardigheid 0:-16 1:41
w:relatie 5:16
w:rest 0:-14 1:22 3:12 7:13
w:resultaat 0:39
w:resultaten 0:-20 2:14
w:richting 0:22 7:-11
w:rij 1:12
w:rijbewijs 0:15
w:risico 0:24
w:risicoleerling 0:-18 1:19
w:roc 1:15 3:10
w:rol 0:28
w:rond 5:47
w:rood 6:13
w:route 0:43
w:routes 0:43
w:ruimte 0:24 7:17
w:rustig 0:17
w:rustige 0:-12 4:24
w:ruzies 0:-19 5:26
w:samen 0:70 1:12 7:-11 8:-14
w:samenwerken 0:11 1:15 8:-10
w:sanne 3:20
w:scheiding 5:22
w:scheikunde 2:20
w:schermen 0:11
w:schiet 0:-13 1:21 7:25
w:schieten 0:-10 8:17
w:school 0:28
w:schoolexamen 0:-16 2:29
w:schooljaar 6:35
w:schoolvak 0:11
w:schoonmaak 0:-16 4:29
w:schrijf 7:14
w:schrijven 0:-11 1:29
w:schulden 0:-16 5:59 6:-19
w:scoor 3:20
w:scoorde 2:24
w:score 0:-26 2:30
w:selectie 0:14
w:serieus 0:17
w:sinds 2:13 5:38
w:slaap 5:41
w:slagen 2:15
w:slapen 0:15
w:slb'er 0:19
w:slecht 0:-21 1:31
w:slik 0:-18 5:31
w:slim 0:-13 4:11
w:slimmer 8:12
w:sluit 0:-18 3:12 7:22 8:13
w:sluiten 6:25
w:snel 0:-13 1:33 7:40
w:snuffelstage 4:18 6:11
w:somberheid 0:-14 5:20
w:soms 0:51
w:soort 0:26
w:spannend 0:10
w:spanningsboog 0:-10 1:23
w:speelde 0:10
w:speelt 5:19
w:sport 0:11
w:spreekt 0:29
w:spreken 0:-17 1:13 3:12 4:18
w:springt 6:16
w:sta 0:-31 1:-11 3:42 6:28
w:staan 0:-30 2:19 6:47 8:14
w:staat 0:-46 4:-12 6:59 7:-19
w:stage 0:44 2:-10 3:10 5:18 7:-13 8:20
w:stage-ervaring 0:14
w:stage-uren 6:11
w:stagebedrijf 5:15
w:stageplek 1:18 2:-16 3:18 4:-14 8:-13
w:stagiairs 3:16
w:stap 0:61 1:21
w:stappen 6:29
w:start 0:17
w:steeds 0:-34 1:47 5:35 6:-14
w:stel 0:33
w:stelt 2:12
w:stemmen 5:12
w:sterk 0:24
w:sterker 0:12 8:11
w:sterkste 1:15
w:stiefvader 0:-14 5:27
w:stil 5:11
w:stilzitten 0:-12 1:15
w:stop 0:-21 8:26
w:strakke 0:12
w:straks 0:-21 1:29 2:25 5:12 7:24
w:stromen 8:12
w:studeert 3:22
w:student 1:20
w:studenten 0:12
w:studeren 4:18
w:studie 0:-10 3:11 4:17
w:studiekeuze 2:13 3:30 5:13
w:studiekeuzecheck 0:30
w:studies 4:12
w:stuk 1:27 3:19
w:sturen 8:14
w:stuur 6:10
w:taal 0:17 1:33 4:-16
w:tafel 5:14
w:taken 6:26
w:talen 0:11
w:talent 0:15 1:22
w:te 1:28 2:12 3:-23 4:-31 7:42 8:23
w:team 0:12 8:22
w:teamleider 0:-16 7:32
w:techniek 0:-24 1:18 2:12 4:44 5:-14 6:-14 8:14
w:technisch 4:15
w:tegen 0:-12 1:14 3:11
w:tegenaan 2:11
w:tekenen 6:19
w:tekent 6:12
w:tekort 0:-11 1:24
w:tekortkomingen 0:-28 1:43
w:teksten 1:18
w:teleurstelling 0:14
w:telt 6:28 7:-13
w:tempo 0:29 1:13 4:-17
w:terecht 0:-18 1:13 4:29
w:terechtgekomen 5:19
w:terechtkunt 0:12
w:terug 0:40
w:terugdenkt 0:11
w:terugkijken 0:10
w:terwijl 0:13
w:tevreden 2:29
w:theoretische 1:12
w:theorie 0:-10 1:19
w:thuis 5:127 7:18 8:14
w:thuiszorg 5:17
w:tijd 0:33 5:20 6:-11 7:31 8:18
w:tijdens 0:27 5:14
w:tikt 7:20
w:toch 1:29 2:-10 3:-11 4:33 8:22
w:toe 0:21 6:12
w:toegelaten 2:13
w:toekomst 2:11 8:18
w:toen 0:27
w:toets 2:21
w:toetsen 2:43
w:toont 1:11
w:tot 0:16 5:-14 7:21
w:trekt 0:26 1:16 4:27
w:trok 0:28
w:trots 0:21
w:tussen 5:13 7:11
w:tussenjaar 8:36
w:twee 2:-12 3:-13 7:23
w:tweede 0:22 2:10 8:-10
w:twijfel 0:24 5:11 7:21
w:twijfelen 7:23
w:twijfelt 3:14 7:20
w:typisch 0:-11 4:32
w:typische 0:-23 1:-12 4:60
w:u 0:-20 5:22 7:14
w:uit 1:-24 3:11 4:24 6:19 7:-36 8:-14
w:uitdaging 0:16
w:uiterlijk 7:11
w:uitleggen 0:26
w:uitproberen 0:13
w:uitslag 0:-15 2:40
w:uitstellen 7:16
w:uitzoeken 0:30
w:universiteit 4:29 8:19
w:upload 6:37
w:uren 6:20
w:urenbriefje 6:20
w:uur 5:45
w:uw 0:-13 5:26
w:vaak 4:106 5:70
w:vaardigheden 1:14
w:vader 0:-20 1:-11 5:36 8:11
w:vak 0:28 2:43 4:21
w:vaker 0:13
w:vakken 2:21
w:vaktaal 0:11
w:val 7:11
w:vallen 0:-12 2:37
w:valt 0:-20 1:22
w:van 0:14 3:47 6:31 7:-33 8:-38
w:vandaag 6:20 7:66
w:vanzelf 0:32
w:varen 8:22
w:vast 0:-14 1:-12 2:12 4:64
w:vaste 4:13 8:10
w:veel 2:-12 4:30 5:17 6:-15 7:-21
w:ver 1:11
w:veranderd 0:11
w:verbeteren 0:-21 2:22
w:verbindt 0:16
w:verder 0:14 1:21 3:38 8:21
w:verdient 0:11 8:12
w:vergaat 4:16
w:vergat 0:14
w:vergeet 1:28
w:vergeleken 3:40
w:vergelijken 0:18
w:vergeten 7:40
w:verhaal 0:41
w:verkeerde 0:-13 7:30
w:verkennen 0:47
w:verkenning 0:17
w:verklaar 2:22
w:verkoop 4:13
w:verpleegkunde 8:12
w:verpleegkundige 0:14
w:verplichte 5:-13 6:31
w:verrassingen 0:12
w:verschillende 0:29
w:verslagen 1:27 6:12
w:verst 3:27
w:verstandig 0:-12 8:16
w:verstandiger 0:-11 8:23
w:vertel 2:13 5:41
w:vertelde 5:16
w:vertellen 0:11 5:18
w:vervolgopleiding 5:27
w:vervolgstap 3:19
w:verwacht 0:-16 2:16 7:26
w:verwachtingen 0:15
w:verzorgers 0:21
w:via 0:14
w:viel 0:19
w:vier 0:21
w:vijf 3:28 6:26
w:vind 0:41 8:20
w:vinden 0:-23 1:32 4:21
w:vindt 0:42 7:11
w:vink 6:23
w:vinkje 6:21
w:vluchtelingen 4:13
w:vmbo 0:11 1:11
w:vmbo'er 4:16
w:voedselbank 5:18
w:voel 0:14
w:voelde 0:34
w:voelen 0:18
w:voelt 3:22
w:vol 4:17 6:20
w:voldoende 0:-14 1:26 2:17 5:-12
w:voldoening 0:10
w:volgen 6:11
w:volgend 7:13
w:volgende 0:37 2:29
w:volgens 2:29 8:34
w:volgt 7:15
w:voltooid 0:-28 6:33
w:vond 0:61
w:voor 1:-15 2:94 7:22 8:48
w:vooral 0:-11 2:24 4:17
w:voorbeeld 3:24
w:voordat 0:-17 2:25 7:12 8:-18
w:voorkeuren 0:18
w:voortgang 6:13
w:voortgangsbalk 6:26
w:vorig 3:32
w:vorige 0:16 3:13
w:vraag 0:71 7:14
w:vraagstukken 0:11
w:vraagt 1:40 2:11
w:vragen 0:61 1:19 6:13
w:vriend 3:13
w:vrienden 0:12 3:30
w:vriendin 3:14
w:vrijdag 0:-29 6:15 7:27
w:vroeg 0:34
w:vso-leerlingen 0:-25 4:47
w:vul 0:-20 6:47
w:vwo 0:-11 3:27 8:24
w:vwo'er 4:15
w:waar 0:90 1:31 6:-11
w:waarbij 0:14
w:waarden 0:47
w:waardevol 0:11
w:waardoor 1:13 5:14
w:waarin 0:26
w:waarom 0:-10 1:54 3:48
w:waarop 0:28
w:waarvoor 0:14
w:wacht 0:-16 7:50
w:wachten 7:31
w:wandelend 0:19
w:wanneer 0:13 1:-13 4:-11 6:28 7:30
w:want 0:-18 1:10 7:41 8:-10
w:waren 2:19
w:was 0:52 1:-17 2:26 5:14 8:21
w:wat 0:75 1:16 3:16 5:-38 6:-41 7:-17 8:-19
w:we 1:38 2:40 3:-16 5:30 6:-11 7:-19
w:week 2:-12 5:13 6:14 7:53
w:weet 0:16 1:-23 2:-11 3:12
w:weg 0:17 1:19 2:19
w:weinig 0:-39 1:79 4:34 8:15
w:weken 7:31
w:wel 0:-41 1:44 3:28 5:50 6:-13 7:43
w:weleens 5:14
w:welk 0:62 1:19 2:54 3:-25 4:29 5:-35 6:-26
w:welke 0:72 1:24 2:23 4:33 5:-50 7:-20
w:welkom 0:23
w:werd 0:20
w:werk 0:74 1:15 2:-13 4:18 5:22 6:-17
w:werkdag 0:21
w:werken 0:30 8:21
w:werkexploratie 0:15
w:werkgever 1:25
w:werkhouding 1:28
w:werkplaats 4:10
w:werkplek 0:25 4:17 7:10
w:werkstuk 0:20
w:werkt 0:29 3:13 4:-18
w:werkte 0:12
w:werkveld 0:14
w:werkvelden 0:19
w:werkvloer 0:24
w:weten 0:23 1:-11 2:-14 6:-12 7:-14
w:wie 0:55 2:-15 3:24 4:-14 6:-12 7:79 8:-21
w:wij 0:-12 8:18
w:wijst 0:14
w:wil 2:-13 5:-24 6:-36
w:wilde 0:21
w:willen 0:22 5:15
w:wilt 0:40 3:-16 4:10 5:-22
w:wiskunde 2:23 8:22
w:wist 4:11
w:wo 2:16 8:10
w:woensdag 7:22 8:-12
w:wonen 2:14
w:woon 0:-15 5:22
w:woorden 0:27
w:word 8:51
w:worden 0:-29 1:-10 3:15 7:20 8:12
w:wordt 0:-29 1:16 3:-12 4:-15 6:-17 7:42 8:14
w:zaak 4:14
w:zag 0:31 2:21
w:zat 3:15
w:ze 0:13 1:-19 2:-13 3:13
w:zeggen 0:21
w:zegt 0:-17 1:11 2:33 5:20
w:zei 0:21
w:zeker 4:15
w:zekerheid 8:13
w:zelf 0:75 1:43 2:-11 7:17 8:-19
w:zelfstandig 3:14
w:zelfstandigheid 1:18
w:zet 0:-18 1:16 2:17 3:20 4:-11 5:-12 6:21
w:zetten 1:21 6:24
w:zich 0:-15 3:18 5:11
w:zichtbaar 0:15
w:zichzelf 7:13
w:zie 3:-11 5:-14 7:-12 8:29
w:ziek 5:26
w:zieke 5:17
w:ziekenhuis 0:-15 5:13 8:12
w:ziekte 5:23
w:zien 0:63 6:11 8:-13
w:ziet 0:23
w:zij 0:-22 3:19
w:zijn 0:-24 3:14 4:42 5:-19 7:-14 8:-30
w:zit 0:-21 1:-10 3:14
w:zitten 0:-12
w:zo 0:-49 1:73 2:-23 4:10 5:11 6:-17
w:zo'n 0:16 1:26
w:zoals 4:30 8:20
w:zodat 0:-16 2:12 6:52
w:zoek 1:13 4:10 8:32
w:zoeken 0:24 1:18 4:14 7:-17
w:zoekt 0:14 4:13
w:zoiets 4:11
w:zomer 0:-18 1:16
w:zonde 8:24
w:zonder 0:-18 1:69 3:15 5:11 7:53
w:zorg 5:29
w:zorgberoep 4:12
w:zorgt 5:15
w:zorgzaam 2:12
w:zou 0:34 4:14 5:-23 6:-20 7:-16 8:46
w:zulk 0:20 4:-13
w:zullen 2:11 4:10 8:22
w:zus 0:-10 3:36
w:zwaar 0:21
w:zwak 0:-18 4:18
w:zwakke 0:-35 1:52 8:11
`,
};
