/**
 * The weights of the learned backstop (./learned.ts), written by scripts/train-guardrails.ts: do not
 * edit. λ=0.0003, epochs=300, library weight=0.3, refuse target=0.004, warn target=0.01; weights below 0.1 left out.
 */
import type { LearnedModel } from './learned';

export const LEARNED_MODEL: LearnedModel = {
  classes: ['sound', 'deficit', 'grade-topic', 'comparison', 'labelling', 'care', 'tick-box', 'pressure', 'verdict'],
  bias: [0.681, -0.915, -0.796, -1.151, -0.988, -0.25, -0.477, -0.998, 0.208],
  refuse: 0.987,
  warn: 0.96,
  weights: `
a:<grade> 2:48 3:16 4:-10 6:19
a:<num> 0:-13 2:13 6:36 7:29
a:aan 0:23 7:12
a:aandacht 8:11
a:aanmelddatum 7:25
a:aanmelden 0:23
a:aanmelding 7:10
a:aanmeldt 0:16 2:10 8:-13
a:achter 1:11 7:11
a:achteraf 0:15
a:achterstand 0:-15 8:20
a:advies 8:14
a:af 0:-11 1:13 6:13
a:afgerond 0:16
a:afgevallen 5:12
a:al 0:40 1:11 3:74 4:-14 6:-25 8:-28
a:alle 0:-24 6:26
a:alleen 4:16 6:14 7:13
a:allemaal 3:39
a:als 0:26 1:-16 4:48 7:53
a:altijd 0:20
a:ander 7:10
a:andere 0:12 3:28
a:anderen 0:22
a:anders 0:13 6:13 7:66 8:-16
a:april 7:11
a:b 8:12
a:baan 4:26
a:bank 4:17
a:bbl'ers 0:-13 4:20
a:bbl-traject 8:12
a:bedrijf 0:-13 3:23
a:begin 0:14
a:beginnen 0:23
a:begint 0:13
a:behalve 3:12
a:bekeken 6:12
a:bekende 0:20 8:-13
a:bel 7:11
a:belangstelling 0:11
a:ben 1:-11 4:10 5:-14 6:-19
a:benieuwd 0:14
a:benoemen 0:11
a:bent 0:-56 1:18 2:-13 3:-14 4:21 5:12 7:-18 8:19
a:bepaalt 0:13 7:16
a:beroep 0:23
a:beroepen 0:41 8:-13
a:beroepenmarkt 0:-13 6:29
a:beroepentest 8:31
a:besef 0:-11 7:19
a:beslissing 0:-11 7:21
a:besloten 0:-14 8:22
a:best 1:27
a:beste 8:26
a:betekenis 0:14 8:-11
a:betekent 7:20
a:beter 0:-29 4:27 7:-19 8:33
a:betere 8:12
a:bewegen 0:19 8:-11
a:bewijs 7:10
a:bezocht 0:-11 3:12 6:13
a:bij 0:26 1:12 4:-19 6:18
a:bijbaan 0:17
a:bijvoorbeeld 0:21
a:binnen 0:14 2:12
a:blijft 1:19
a:blijkt 8:17
a:blik 0:13
a:bouw 0:-16 4:24
a:bouwen 0:14
a:bpv 0:-16 5:13 6:20
a:bpv-begeleider 0:14
a:broer 3:15
a:brood 8:16
a:bruikbaar 0:11
a:buiten 0:17
a:checklist 8:10
a:cijfer 8:26
a:cijferlijst 0:-10 2:27
a:cijfers 2:15 8:13
a:competenties 6:11
a:computers 1:16
a:concentratie 0:-12 1:18 5:11
a:conclusie 8:16
a:concreet 0:12
a:concrete 0:12
a:contact 0:28
a:contacten 0:15
a:creatief 0:-11 4:15
a:daar 0:13 8:41
a:daarna 7:46
a:dacht 0:10
a:dag 0:13 8:-18
a:dagen 7:12
a:dan 0:19 1:-21 2:-13 6:40
a:dat 0:32 1:-16 3:-15 5:29 6:46 8:56
a:de 0:16 1:-29 5:-32 7:10
a:deadline 4:-10 7:13
a:decaan 6:20 8:-16
a:deed 3:15
a:degene 3:18
a:delen 0:24 8:-14
a:denk 0:-18 7:27
a:denken 0:12
a:deuren 8:24
a:deze 0:-19 6:12 7:20 8:18
a:die 0:-24 1:23 2:-14 4:-22 7:-25
a:ding 0:-12 1:15
a:dingen 0:13
a:dinsdag 7:13
a:diploma 7:10 8:15
a:dit 0:-12 6:25 7:-23 8:19
a:doe 0:-22 8:26
a:doen 4:40 5:12 7:-14
a:doet 0:48 8:-26
a:door 0:34 2:14
a:dossier 1:12
a:draagt 0:-10 4:16
a:drie 0:-36 1:16 3:16 6:37
a:droom 0:-14 8:14
a:duidelijk 1:19
a:duits 2:14
a:dus 0:-27 4:40 6:13 8:22
a:dyslexie 0:-13 4:32
a:e 7:12
a:echt 0:15
a:echte 0:-13 4:30
a:economie 8:21
a:een 1:-28 4:22 5:-24 6:-30 7:27 8:23
a:eenmaal 1:11
a:eens 0:-11 1:13 2:46 3:15 5:39 7:-10
a:eerlijk 0:-14 1:21 8:15
a:eerst 1:11 2:11 8:12
a:eerste 0:38 2:14 8:-11
a:eerstegeneratiestudenten 0:16
a:eigen 0:64 8:-21
a:eigenlijk 8:18
a:elektricien 3:23
a:elk 1:11
a:elkaar 0:13 6:12
a:elke 6:31 8:-11
a:en 0:92 1:25 6:-15 7:49 8:-21
a:energie 0:20 8:-11
a:enige 0:-13 3:16
a:entree 0:-11 8:15
a:er 2:15 4:-14 5:13 6:11 7:28
a:erbij 0:-11
a:erom 7:13
a:ervaring 0:45 8:-13
a:ervoor 0:23
a:even 6:33 8:-16
a:excursie 7:13
a:extra 0:-15 8:13
a:f 2:20
a:februari 0:18
a:fijn 5:13
a:foto 6:18
a:fout 0:-23 8:29
a:ga 8:28
a:gaan 0:-31 2:-12 6:13 7:-13 8:18
a:gaat 1:11 2:11 5:24
a:gebruikt 0:-12 5:20
a:gedaan 0:-42 3:30 8:41
a:geef 1:20
a:geeft 0:16
a:geen 1:24 4:29 7:47
a:gehaald 2:16
a:gekozen 0:-10 7:19 8:16
a:gemaakt 0:14
a:gemiddelde 2:10
a:geneeskunde 8:11
a:genoeg 8:11
a:gerust 0:29
a:geschikt 0:-14 8:11
a:gesprek 0:-20 6:34 7:22
a:gesprekken 0:14
a:gevuld 6:24
a:gewend 0:35
a:gewone 0:17
a:gewoon 4:13 8:49
a:gezegd 0:-11 1:13 8:16
a:gezondheid 8:10
a:ging 0:12
a:goed 0:11 2:11 7:15
a:goede 0:17
a:graag 0:22
a:groeit 0:18
a:groep 7:11
a:grote 4:23 8:-22
a:haal 7:10
a:haalt 0:16
a:haar 5:13
a:had 3:24
a:hand 0:-10 4:26
a:handig 1:15
a:handtekeningen 6:33
a:havist 4:11
a:havo 3:18 8:29
a:hbo 4:14 7:-10
a:he 1:11
a:heb 0:-11 2:11 3:14 6:-13
a:hebben 0:-26 2:12 4:25 6:22 8:20
a:hebt 0:12 2:11 3:-16 6:36 7:17 8:-27
a:heeft 0:-48 1:11 3:29 4:-22 7:47 8:17
a:heel 2:10 8:-11
a:helemaal 4:23 8:-23
a:helft 0:-11 1:28
a:helpen 0:12
a:helpt 0:35 8:-10
a:hem 6:12
a:het 0:37 1:-14 2:-10 3:20 5:-26
a:hier 0:13 6:18
a:hij 0:-18 7:13 8:16
a:hoe 2:22 5:25 8:-17
a:hoef 6:17
a:hoeft 0:12
a:hoger 0:-25 8:23
a:hoofd 0:11 4:15
a:hoofddoek 0:-10 4:16
a:hoog 8:20
a:hoor 4:10 8:12
a:hoorde 5:24
a:hoort 0:-16 8:24
a:horeca 4:19
a:horen 4:13
a:houding 0:10 1:12
a:hun 3:20
a:idee 0:18 3:12 7:-10
a:iedereen 0:14 3:12
a:iemand 0:42
a:iets 0:11 1:11 4:20 7:-15 8:20
a:ik 0:-25 3:-16 5:13 6:19 7:31 8:15
a:in 1:-20 6:19 7:-17 8:-16
a:informatie 0:12
a:ingeleverd 0:-14 6:11 7:23
a:ingesteld 4:13
a:ingevuld 7:18
a:initiatief 1:14
a:inschrijving 7:18
a:interessetest 3:11 8:11
a:is 0:19 1:18 2:-14 7:-18 8:59
a:jaar 0:-15 3:29 4:-11 7:22
a:jaren 7:11
a:je 0:-24 1:-20 2:44 3:-14 4:-18 6:28 7:45
a:jezelf 0:13
a:jij 1:40 3:40 8:51
a:jongen 0:-13 4:28
a:jongens 0:-11 4:28
a:jou 0:-64 1:50 7:13 8:69
a:journalisten 0:10
a:jouw 0:-33 1:12 3:26 4:18 8:34
a:jouwe 3:11
a:jullie 5:25
a:kan 0:16 6:45 8:-19
a:kans 7:21
a:kansen 0:-11 7:19
a:kanten 0:16
a:kapper 0:13
a:kappersopleiding 0:-12 8:15
a:keer 0:21 1:12 3:-13 7:10
a:ken 0:15
a:kennen 0:12
a:kent 0:21
a:kerstvakantie 6:22
a:keuze 2:11 6:-11 7:44 8:11
a:keuzedeel 0:14
a:keuzemoment 0:13
a:keuzes 0:21 3:12
a:keuzevak 0:21 8:-13
a:kies 0:-38 7:19 8:54
a:kiest 7:33
a:kiezen 0:18 4:34 7:-12
a:kijk 3:20
a:kijkt 0:14
a:kind 4:18
a:kinderopvang 4:14
a:klant 0:12
a:klas 4:10
a:klasgenoten 3:18
a:kleiner 7:29
a:klik 6:13
a:klok 7:22
a:knap 0:12
a:kok 8:37
a:kom 8:13
a:komt 5:16 7:16
a:koos 3:12 8:17
a:koppelt 0:19
a:korte 1:12
a:krijgt 7:29
a:kun 4:39
a:kunnen 4:14 5:20
a:kunt 7:16 8:18
a:kwaliteit 0:17
a:kwaliteiten 0:38
a:kwijt 0:-11 1:16 7:15
a:laag 0:-12
a:laat 1:-11 7:24
a:laatst 0:14
a:laatste 0:-21 2:13 8:17
a:lang 7:12
a:lastig 0:-13 1:26 4:11
a:laten 1:11 2:12 8:11
a:later 0:35 8:15
a:leeftijd 3:10
a:leerbaan 7:23
a:leerbedrijf 7:36
a:leerling 0:12 7:-13 8:29
a:leerlingen 1:-12 3:29 4:18
a:leert 0:11
a:leg 0:11 2:13
a:leggen 0:12
a:lens 0:11
a:leraar 8:15
a:leren 0:12
a:les 0:11
a:let 0:-15 7:11
a:leuk 0:28 8:-13
a:leven 7:15
a:lever 0:-13 6:23
a:levert 8:12
a:lichamelijke 1:16
a:liever 0:-11 8:16
a:ligt 1:14 4:17
a:lijkt 0:-13 8:10
a:lob 3:14
a:logboek 0:-15 7:15
a:loopbaan 0:16
a:loopbaanbegeleider 0:17
a:loopbaanbegeleiding 0:40 8:-17
a:loopbaandossier 0:-24 6:15 8:15
a:loopbaangesprek 2:14 7:13
a:loopt 0:-12
a:luisteren 1:14
a:lukt 1:13
a:maakt 0:61 7:-10 8:-20
a:maand 6:12
a:maandag 7:33
a:maar 0:-29 7:-11 8:79
a:maart 7:17
a:maatschappij 8:16
a:mag 0:31 7:21 8:-15
a:magister 6:17
a:maken 0:12
a:mbo 4:11 8:30
a:mbo-diploma 0:-10 8:12
a:mbo-opleiding 1:32
a:me 0:14 4:20 6:18 7:-13
a:medicijnen 0:-17 5:31
a:mee 6:13 8:31
a:meeloopdagen 0:-12 3:11 6:14
a:meelopen 0:21 7:-14
a:meer 7:20 8:15
a:meest 4:10
a:meestal 0:-18 4:66
a:meeste 4:11
a:meetlat 0:11
a:mei 0:25 7:15
a:meiden 3:-12 4:20
a:meisje 0:-11 4:24
a:meisjes 0:-13 4:17
a:meld 0:-11 7:20
a:mens 0:12
a:mensen 0:20
a:mentor 5:15 7:14 8:-14
a:merk 1:10
a:met 2:-14 4:16 5:-15 6:-14 8:12
a:meteen 8:15
a:mij 0:-16 8:15
a:mijn 0:-12 7:15 8:28
a:misschien 0:-12 1:12 2:12 4:10 5:20
a:mist 0:-28 1:59 7:21 8:-12
a:module 6:12
a:moeder 0:-13 5:11 8:13
a:moet 7:10 8:19
a:mogelijke 0:15
a:moment 0:33 8:-13
a:mooi 0:39
a:morgen 7:13
a:motief 0:27 8:-17
a:motieven 0:36 8:-17
a:na 0:19 1:-24 2:-10 4:-20 8:20
a:naar 2:-12 3:27 4:-13 6:-20 7:25
a:naast 0:32
a:nadenken 4:20
a:natuur 8:19
a:nederlands 3:15
a:neef 3:24
a:neem 7:14
a:neemt 7:11
a:nemen 2:12 8:16
a:net 0:12
a:netwerk 0:44 8:-21
a:netwerken 0:14
a:niet 0:-18 3:-36 4:23 7:46 8:-18
a:niets 7:16 8:13
a:nieuw 1:10
a:nieuwe 0:14 5:13
a:nieuwsgierig 0:10
a:nieuwsgierigheid 0:26 8:-17
a:niks 0:10
a:niveau 0:-19 8:33
a:noem 1:11
a:noemde 0:11
a:noemen 0:15
a:nog 0:-20 3:-24 6:23 7:70 8:-46
a:nooit 1:15
a:noteer 6:11
a:nou 1:19
a:nu 7:16 8:-13
a:of 0:35 2:12 4:18 5:25 8:-34
a:om 0:42 2:16 8:-12
a:omdat 0:-21 4:47
a:omweg 0:16
a:onder 6:12
a:onderdelen 6:14
a:ondermaats 0:-17 1:12 8:15
a:ondernemer 0:11 4:11
a:onderwerp 0:14
a:onderwijs 8:13
a:onlangs 5:25
a:ontbreekt 1:12 6:11
a:ontdek 0:11
a:ontwerpen 0:13
a:ook 0:53 1:17 3:28 4:-18 8:-24
a:op 0:-30 2:14 5:-11 6:30
a:opdracht 6:20
a:open 0:11 6:11 7:-17
a:opent 0:31 8:-12
a:opleiding 0:12 1:-19 3:-16 8:25
a:opleidingen 0:25
a:oppakt 0:13 1:18 3:-10
a:opties 8:11
a:opvoeding 1:16
a:orientatie 0:13
a:ouders 0:20 7:42
a:over 0:78 2:15 6:-10 7:23 8:-28
a:overleg 7:10 8:16
a:overzien 4:10
a:pabo 2:13
a:pakken 3:14
a:paraaf 6:31
a:past 0:22 7:-11 8:22
a:per 2:17
a:periode 2:27
a:pittig 0:12
a:plan 8:11
a:plannen 1:24
a:plek 7:25 8:11
a:politie 3:10
a:politieacademie 0:-13 8:19
a:portfolio 3:11 6:12 7:11
a:praat 0:13
a:praktijk 0:14
a:praktijkbegeleider 0:13
a:praktijkonderwijs 0:-24 3:13 4:23
a:praktijkopleider 1:13 6:23
a:praktisch 4:13
a:praten 0:19
a:prater 0:-11 1:15
a:prima 0:19
a:procent 2:20
a:profiel 3:15 7:12
a:profielkeuze 7:26
a:raakt 1:11
a:raken 0:12
a:rapport 0:-18 2:19
a:recht 0:19 7:-11
a:rechten 3:14 4:10
a:redden 0:-12 4:23
a:reflectie 7:19
a:reflecties 6:22
a:reflectieverslag 6:15
a:rekenen 7:10
a:rekentoets 2:37
a:rest 7:16
a:resultaat 0:33
a:richting 0:40
a:rij 1:15
a:roc 1:11 3:16
a:rond 5:24
a:route 0:32
a:routes 0:20
a:ruimte 0:21 7:23
a:rust 8:12
a:rustig 0:19 8:-10
a:samen 0:39 7:-11
a:samenwerken 1:18
a:schiet 1:16
a:schieten 8:12
a:school 0:19 1:11
a:schoonmaak 0:-10 4:13
a:schrijf 7:13
a:schrijven 1:19
a:scoorde 2:28
a:serieus 0:12
a:sinds 5:11
a:slapen 0:16
a:slb'er 0:19
a:slim 1:11
a:sluit 0:-18 7:17 8:12
a:snel 1:25 7:19
a:soms 0:44
a:soort 0:14
a:spreken 3:12
a:sta 0:-17 6:21
a:staan 8:14
a:staat 6:29 8:12
a:stage 0:30 8:21
a:stage-ervaring 0:14
a:stageplek 3:21 5:16 8:-13
a:stagiairs 3:15
a:stap 0:32
a:stappen 0:12 8:-12
a:start 0:12
a:steeds 1:15
a:stel 0:22
a:sterk 0:31
a:sterker 8:10
a:stil 5:11
a:stop 8:14
a:strakke 0:13
a:straks 0:-16 1:11 2:17 7:23
a:stromen 8:13
a:studie 3:18
a:studiekeuze 0:24
a:studiekeuzecheck 0:30
a:sturen 8:15
a:stuur 6:12
a:taal 0:16 1:10
a:talent 0:16 1:25
a:te 3:-17 4:-21 6:12 7:32 8:17
a:team 8:18
a:teamleider 0:-15 7:34
a:techniek 0:-13 4:20 8:12
a:tekort 1:17
a:teksten 1:17
a:telt 0:10 6:18
a:terecht 0:-13 1:13
a:terechtkunt 0:12
a:terug 0:12
a:thuis 7:11
a:tijd 7:14 8:23
a:tijdens 5:17
a:tikt 7:22
a:toch 8:10
a:toe 1:11
a:toegelaten 2:15
a:toekomst 0:-14 8:22
a:toont 1:12
a:tot 0:13 6:-19 7:22
a:trots 0:10
a:tussenjaar 8:31
a:twee 0:12 7:31
a:tweede 0:19 2:13 8:-14
a:twijfel 7:22
a:twijfelen 8:11
a:twijfelt 7:16
a:typisch 0:-16 4:24
a:typische 0:-20 4:12 8:17
a:u 0:-13 1:16 7:10
a:uit 2:21 4:22 7:-28 8:15
a:uiterlijk 7:13
a:universiteit 4:13 8:21
a:upload 6:16
a:vaak 0:12 3:-10 4:83 8:-15
a:vader 8:13
a:vak 0:12 2:16 8:-14
a:vakken 1:18
a:val 7:11
a:valt 0:-16 1:18
a:van 1:19 2:18 5:-18 6:18 7:-19 8:-57
a:vandaag 6:-11 7:52
a:vanzelf 0:22
a:vast 2:12 4:32
a:veel 4:27 6:-11 7:-24
a:ver 1:19
a:verbindt 0:16
a:verder 3:19 8:15
a:verdient 8:17
a:vergeleken 3:16
a:vergeten 0:-10 7:36
a:verhaal 0:11
a:verkeerde 0:-16 7:31
a:verkennen 0:11
a:verkoop 4:16
a:verrassingen 0:11
a:verschillende 0:23
a:verstandig 0:-13 8:17
a:vertel 1:13 5:37
a:vertelde 1:-10 5:17
a:vervolgstap 0:12
a:verwacht 0:-13 1:16 7:12
a:verwachtingen 0:15
a:verzorgers 0:21
a:via 0:16
a:viel 0:16
a:vindt 0:25 8:-13
a:vink 6:23
a:vinkje 6:23
a:vluchtelingen 0:-11 4:17
a:vmbo 0:11 1:13
a:voelt 0:15
a:vol 6:12
a:volgend 7:14
a:volgende 0:18
a:volgens 8:34
a:volgt 7:15 8:-13
a:voltooid 0:-26 6:23 8:14
a:vond 0:32
a:voor 0:-11 1:-22 5:-27 7:13 8:37
a:vooral 2:12
a:voordat 1:13 2:11 5:13 8:-11
a:voorkeuren 0:19
a:voortgang 0:-13 8:10
a:vorig 3:20
a:vorige 3:14
a:vraag 0:35
a:vraagstukken 0:12
a:vraagt 0:14 1:30 8:-14
a:vragen 0:43
a:vriend 5:13
a:vrijdag 0:-23 6:18
a:vroeg 0:15
a:vwo 3:23 8:12
a:vwo'er 4:10
a:waar 0:41 1:19
a:waarden 0:44 8:-16
a:waardevol 0:12
a:waarom 1:13
a:waarop 0:15
a:wacht 0:-11 7:31
a:wachten 7:30
a:wandelend 0:18
a:want 0:-19 1:11 7:42
a:was 2:15 8:17
a:wat 0:35 6:-10 7:-18 8:53
a:we 0:17 1:14 3:-17 4:-13 7:-16
a:week 7:33
a:weer 0:12
a:weet 0:17
a:weg 0:28 8:-11
a:weinig 0:-33 1:53 4:13 8:13
a:weken 7:27
a:wel 7:20
a:welk 0:17
a:welke 0:32 8:-11
a:welkom 0:22
a:werk 0:40 3:11 5:16
a:werken 0:19
a:werkhouding 1:29
a:werkt 0:13 3:13
a:werkte 0:18
a:werkveld 0:11
a:werkvelden 0:19
a:werkvloer 0:14
a:weten 5:14 7:-26
a:wie 7:81 8:-20
a:wij 0:-14 8:22
a:wijst 0:15
a:wil 0:-13 7:12
a:willen 0:-12 5:20
a:wilt 0:37 7:-24
a:wiskunde 8:22
a:woensdag 7:25 8:-14
a:woorden 0:25
a:word 0:-15 8:51
a:worden 0:-19 7:19 8:12
a:wordt 1:20 2:16 7:31 8:13
a:zag 0:12 2:19
a:ze 0:13 3:12 8:13
a:zeggen 0:14
a:zei 0:10
a:zekerheid 8:13
a:zelf 0:31 6:-11 7:12 8:-35
a:zelfvertrouwen 1:10
a:zet 0:-23 2:20 6:32
a:zetten 0:-14 1:15 6:23
a:zichtbaar 0:16
a:zichzelf 1:11 7:11
a:zie 0:-11 8:34
a:zien 0:25 6:24 7:-12 8:-17
a:ziet 6:13
a:zij 0:-20 3:11 8:13
a:zijn 0:33 3:16 4:37 5:18 8:-19
a:zit 0:-14 4:-11 6:-15
a:zitten 0:-12
a:zo 2:-11 3:-12
a:zo'n 0:12
a:zoals 4:38 8:22
a:zodat 0:-22 2:15 6:32
a:zoek 1:11 8:28
a:zoeken 0:24 1:13 7:-14
a:zoekt 0:16
a:zomer 0:-11 3:11
a:zonde 8:21
a:zonder 0:12 1:22 3:11 4:-11 6:-14 7:36
a:zorg 6:13
a:zou 0:-37 4:15 8:47
a:zus 3:29
a:zwakke 8:12
b:%_gevuld 6:13
b:/_<grade> 0:-13 6:19
b:<grade>_/ 0:-13 6:19
b:<grade>_? 8:13
b:<grade>_april 0:17
b:<grade>_de 0:16
b:<grade>_f 2:20
b:<grade>_februari 0:17
b:<grade>_gemiddeld 2:13
b:<grade>_havo 3:15
b:<grade>_kader 3:17
b:<grade>_maart 7:17
b:<grade>_mei 0:25 7:15
b:<grade>_van 0:-15 2:-11 6:41
b:<grade>_voor 2:52
b:<num>_% 6:28
b:<num>_procent 2:19
b:^_<grade> 6:21
b:^_aan 0:12
b:^_aanmelden 0:18
b:^_als 1:-13 2:12 4:74 7:58 8:13
b:^_andere 0:-16 3:25
b:^_anders 6:11
b:^_begin 8:17
b:^_ben 0:-14 3:30 5:28
b:^_besef 0:-11 7:19
b:^_bij 0:52 1:13
b:^_contact 0:12
b:^_contacten 0:15
b:^_daar 0:12
b:^_daarna 7:29
b:^_dat 0:23 8:25
b:^_de 0:40 3:20 7:21
b:^_denk 0:-16 7:29
b:^_deze 0:-12 8:21
b:^_die 0:-16 8:27
b:^_dit 7:20 8:27
b:^_doe 0:-22 8:27
b:^_draag 5:11
b:^_economie 0:10
b:^_een 0:66 8:57
b:^_eerlijk 0:-19 1:26
b:^_eerstegeneratiestudenten 0:16
b:^_eet 5:23
b:^_elke 7:13
b:^_er 7:30
b:^_ga 3:20
b:^_gebruik 0:-11 5:25
b:^_geef 0:16
b:^_geen 7:32
b:^_goed 0:14
b:^_haalt 2:13 5:11
b:^_havisten 4:21
b:^_heb 0:-45 4:19 5:47 6:33
b:^_hebben 6:11
b:^_heeft 6:19
b:^_helpt 5:18
b:^_herken 0:-22 1:19 4:17
b:^_het 0:55 3:15 7:-11
b:^_hij 0:-19 8:17
b:^_hoe 0:13 4:-33 6:-30 7:-18 8:-12
b:^_hoeveel 1:-11 2:23 5:11 6:26
b:^_hoor 0:18
b:^_iedereen 7:40
b:^_ik 0:28 2:14 4:-11 6:10 7:11
b:^_in 0:19 4:-24 5:-22 7:-19 8:-14
b:^_is 0:-22 1:-21 5:-18 6:48
b:^_je 0:-33 1:34 3:26 4:-56 7:-41
b:^_jij 0:-23 1:29 3:-20 4:59 8:19
b:^_jongens 0:-11 4:30
b:^_jouw 3:20
b:^_kies 7:22 8:16
b:^_kijk 0:13 3:19
b:^_klopt 4:17
b:^_koppelt 0:18
b:^_kunnen 5:11
b:^_kwaliteiten 0:13
b:^_laat 0:19 7:-17 8:12
b:^_laten 2:17
b:^_leerlingen 4:32
b:^_leg 2:16 3:11
b:^_let 0:-27 5:19 7:11
b:^_lever 0:-13 6:23
b:^_lijkt 0:13
b:^_loopbaanbegeleiding 0:10
b:^_loopbaansturing 0:11
b:^_mag 5:17
b:^_meisjes 4:11
b:^_mens 0:12
b:^_mensen 4:12
b:^_met 0:-21 1:24 2:70 4:47 5:-13 8:34
b:^_mijn 0:-12 8:37
b:^_misschien 0:-18 1:13 2:11 5:13
b:^_moet 5:13
b:^_mooi 0:13
b:^_na 0:24 8:11
b:^_naar 8:19
b:^_natuur 0:16 8:-10
b:^_neem 7:13
b:^_nieuwe 0:13
b:^_nieuwkomers 4:12
b:^_nieuwsgierigheid 0:19 8:-14
b:^_nog 0:-27 6:28 7:17
b:^_noteer 6:11
b:^_nu 0:16 5:11
b:^_omdat 0:-29 4:49
b:^_op 0:-13 3:25 6:20 7:-15
b:^_ouders 0:19
b:^_pak 0:-17 2:23
b:^_schiet 7:21
b:^_slaap 5:16
b:^_spreekt 0:18
b:^_staat 2:14
b:^_stel 0:22
b:^_sterk 0:13
b:^_stop 8:14
b:^_twijfel 0:19
b:^_typisch 0:-16 4:24
b:^_uit 8:17
b:^_upload 6:16
b:^_van 0:25 3:11
b:^_vandaag 7:15
b:^_veel 0:15
b:^_verbindt 0:16
b:^_vergeleken 3:27
b:^_vertel 0:-12 1:15 2:16 5:39
b:^_verwachtingen 0:15
b:^_vink 6:17
b:^_volgens 8:34
b:^_voor 0:-22 4:39
b:^_voorkeuren 0:19
b:^_vorig 3:16
b:^_vraag 0:13
b:^_vso-leerlingen 0:-18 4:22
b:^_vul 0:-22 6:39
b:^_waar 0:68 5:-19
b:^_waarom 0:-53 1:52 3:50 5:12 6:-10
b:^_wanneer 1:-12 4:-10 6:24 7:34
b:^_wat 0:61 1:33 2:20 4:-19 5:-13 8:38
b:^_we 0:24 1:18 5:18 7:-11 8:-13
b:^_weet 7:14
b:^_welk 0:32 1:33 2:19 3:-17 4:43 5:-21 6:-17
b:^_welke 0:52 1:-18 3:-22 4:29 5:-32 6:13 7:-30
b:^_werkexploratie 0:12
b:^_wie 3:26 7:57
b:^_wij 0:-14 8:22
b:^_wil 7:18
b:^_wilt 6:11 7:12
b:^_wist 0:-24 4:14
b:^_woon 0:-17 5:23
b:^_word 8:10
b:^_ze 0:-26 8:28
b:^_zet 0:-13 3:19 6:13
b:^_zie 0:11 5:-11 8:12
b:^_zij 0:-21 3:11 8:13
b:^_zijn 6:22
b:^_zoek 8:13
b:^_zonder 0:-19 1:31 6:-13 7:33 8:13
b:^_zorg 0:16 6:17 8:-19
b:^_zou 0:-21 1:15 3:11
b:^_zullen 0:13 8:20
b:aan_? 0:-36 1:-10 2:20 4:51
b:aan_de 0:33 4:12 5:12 8:-12
b:aan_het 0:11 2:14
b:aan_je 0:-20 1:34 5:20
b:aan_later 5:11
b:aan_te 7:17
b:aanmelden_voor 0:17 8:10
b:aanmeldt_heeft 0:18 7:-11
b:aanmeldt_voor 2:14 8:-12
b:aanpakken_? 1:15
b:achter_de 0:20
b:achter_met 1:11
b:advies_van 0:26
b:af_? 6:15
b:af_als 7:15
b:af_bij 1:13
b:af_in 6:10
b:al_beter 3:12
b:al_bij 3:21 5:22
b:al_drie 3:20
b:al_eens 0:14 4:15
b:al_gedaan 0:13
b:al_gekozen 7:16
b:al_laten 6:17
b:al_op 6:12
b:al_twee 1:28
b:al_wandelend 0:18
b:al_weten 3:10
b:alle_leerlingen 3:13
b:alles_wat 1:10
b:als_de 0:21
b:als_een 0:26 1:-10
b:als_eerste 1:12
b:als_het 0:28 3:11 6:16
b:als_ik 8:21
b:als_je 0:24 1:25 4:-47 6:-27 7:62 8:-29
b:als_jij 0:-11 5:19
b:als_jongen 4:14
b:als_kind 4:18
b:als_meisje 0:-16 4:40
b:als_vmbo'er 4:11
b:andere_opleiding 0:24
b:andere_richting 0:17
b:andere_stagiairs 3:15
b:anders_? 3:27
b:anders_dan 0:38
b:anders_doen 0:10
b:anders_telt 6:18
b:anders_wordt 7:17
b:baan_in 0:-11 4:12
b:bbl_? 4:13
b:begin_van 0:11
b:begint_bij 0:15
b:begint_in 8:15
b:behalve_jij 3:12
b:bekijken_? 4:11
b:ben_benieuwd 0:14
b:ben_je 0:-12 3:-17 4:16 5:20 6:-18
b:ben_jij 0:-14 3:52 8:13
b:bent_? 0:22 1:23 4:-10
b:bent_best 1:28
b:bent_de 3:16
b:bent_een 0:-11 1:-10 4:50 8:-20
b:bent_geen 0:-11 1:14 4:-18 8:23
b:bent_te 8:18
b:bent_voor 0:25
b:bereik_? 0:11 2:13
b:beroep_dat 0:19
b:beroep_kun 1:19
b:beroep_noemen 0:11
b:beroep_te 1:12
b:beroepen_die 6:13
b:beroepen_in 0:25
b:beroepen_passen 0:-15 4:19
b:beroepen_waarin 0:16
b:beroepen_zijn 1:12
b:beroepskeuze_? 1:12
b:beschut_werk 0:-22 4:39
b:besloten_dat 0:-14 8:22
b:best_? 4:19
b:beste_begin 0:13 8:-10
b:beste_resultaat 0:11
b:beste_vriend 3:15
b:betalen_? 5:25
b:betekent_dat 0:-16 5:23
b:beter_? 4:27
b:beter_bij 8:11
b:beter_nederlands 3:12
b:bewijs_van 0:-18 6:17 7:12
b:bezig_? 0:15
b:bezocht_? 3:11
b:bezoeken_? 0:-12 4:15
b:bij_? 3:24
b:bij_aan 5:11
b:bij_alle 1:19
b:bij_de 0:11 1:-29 3:29 6:-17 7:12 8:-11
b:bij_die 2:10
b:bij_dit 3:13
b:bij_economie 1:22
b:bij_een 0:23 4:-13
b:bij_elk 1:10
b:bij_elke 0:-17 6:26
b:bij_en 0:-16 2:19
b:bij_het 0:34 3:15 5:15 8:-11
b:bij_je 1:-21 5:13 6:-11 7:-12
b:bij_jou 0:-57 1:17 2:-17 4:16
b:bij_lichamelijke 1:16
b:bij_mij 7:10
b:bij_nederlands 1:12
b:bij_techniek 2:21 7:10
b:bij_wat 0:40
b:bij_welk 0:18
b:bij_welke 0:14
b:bij_wie 0:14 5:14
b:bij_wiskunde 8:10
b:bijbaan_? 0:21
b:bijgebleven_? 0:27
b:binnen_bereik 0:11 2:13
b:binnen_een 0:10
b:blijf_jij 1:14
b:blijft_bij 0:11
b:blijft_er 0:-26 1:27
b:blijkt_dat 8:17
b:bouw_of 4:10
b:bouwen_wonen 2:16
b:buiten_school 0:15
b:cijfer_van 2:12
b:cijfer_voor 1:-10 2:41 5:-14
b:cijferlijst_van 2:14
b:cijfers_? 2:10
b:cijfers_ben 2:14
b:cijfers_van 2:15
b:competenties_zijn 0:11
b:cultuur_en 0:-20 4:19
b:daar_? 0:12
b:daar_het 1:20
b:daar_nu 0:-15 2:23
b:daaraan_? 0:-21 2:15 3:13
b:daaraan_doen 3:15
b:daarbij_? 0:-13 1:16
b:daarmee_aan 2:12
b:daarna_volgt 0:16
b:dag_anders 0:12
b:dag_hebt 3:11
b:dag_op 0:12 1:16
b:dag_van 0:12 1:14 6:-12
b:dan_? 8:17
b:dan_de 3:27
b:dan_het 8:21
b:dan_iets 2:11
b:dan_ik 0:41
b:dan_je 0:30 1:-12
b:dan_jij 1:-12 3:32
b:dan_niet 4:13
b:dan_nog 0:-17 2:22
b:dan_wel 1:14 2:12
b:dat_? 0:-44 1:-19 3:45 4:20 8:18
b:dat_aanpakken 1:16
b:dat_bij 0:-13 1:-11 2:26 4:14
b:dat_cijfer 0:11
b:dat_de 0:21 4:20 7:18
b:dat_een 0:-13 5:17
b:dat_graag 0:20 7:-13
b:dat_het 2:11 4:14
b:dat_iemand 0:14
b:dat_iets 0:11
b:dat_ik 7:21
b:dat_is 8:12
b:dat_je 0:74 1:19 3:-13 5:-12 6:15 7:12 8:-16
b:dat_jij 0:-11 1:45 8:26
b:dat_jouw 0:-15 1:28 5:10
b:dat_kan 0:18
b:dat_niet 3:44
b:dat_nu 0:10
b:dat_ook 0:-21 1:13 3:19
b:dat_op 0:-15 4:29
b:dat_past 1:12
b:dat_staat 8:15
b:dat_tempo 0:26 4:-11
b:dat_vak 0:13
b:dat_van 3:11
b:dat_volgens 0:-15 2:18
b:dat_voor 5:20
b:dat_wat 0:-15 4:15 7:14
b:dat_werk 0:10
b:dat_wordt 8:14
b:de_<grade> 0:19 6:20
b:de_<num> 6:18 7:15
b:de_aanmelddatum 7:25
b:de_andere 0:-13 3:38
b:de_bank 4:16
b:de_bbl 0:10 4:13
b:de_beroepenmarkt 0:-10 6:29
b:de_beroepentest 8:31
b:de_bouw 4:21
b:de_checklist 0:-12 8:11
b:de_competenties 0:11
b:de_deadline 7:14
b:de_decaan 6:25 7:12
b:de_derde 0:12
b:de_detailhandel 1:13
b:de_doorslag 0:13
b:de_eerste 2:13
b:de_enige 0:-13 3:16
b:de_grens 2:17
b:de_groep 7:11
b:de_hand 0:-10 4:26
b:de_handtekeningen 6:18
b:de_havo 0:-24 2:10 8:39
b:de_helft 0:-11 1:28
b:de_herfstvakantie 6:15
b:de_horeca 4:20
b:de_huur 5:10
b:de_inhoud 6:13
b:de_inschrijving 7:11
b:de_interessetest 3:12
b:de_jouwe 3:11
b:de_kappersopleiding 0:-10 8:14
b:de_kerstvakantie 6:19
b:de_keuze 0:27
b:de_kinderopvang 4:14
b:de_klas 0:-10 3:22
b:de_klok 7:22
b:de_komende 0:14
b:de_laatste 0:-22 5:19 8:17
b:de_landbouw 4:20
b:de_leerling 0:70 8:-13
b:de_leerlingen 0:-15 3:18
b:de_loopbaan 0:13
b:de_meeste 3:13 4:12
b:de_mentor 0:13
b:de_nieuwe 0:12
b:de_open 0:31 1:21
b:de_opleiding 0:45 2:22 5:-13 8:23
b:de_pabo 0:-18 2:44 8:24
b:de_politie 3:10
b:de_politieacademie 0:-13 8:19
b:de_praktijk 0:22 8:-10
b:de_praktijkbegeleider 0:10
b:de_praktijklessen 1:11 5:25
b:de_relatie 0:-11 5:24
b:de_rest 0:-16 1:21 3:13 7:14
b:de_scheiding 5:22
b:de_schermen 4:13
b:de_schoonmaak 0:-13 4:19
b:de_stage 0:21
b:de_start 0:15
b:de_student 0:14
b:de_studiekeuze 3:12
b:de_teamleider 0:-15 7:34
b:de_techniek 0:-12 1:19
b:de_thuiszorg 5:17
b:de_tijd 0:28
b:de_toetsweek 5:21
b:de_tweede 2:13
b:de_universiteit 4:23 8:21
b:de_verkeerde 0:-13 7:11
b:de_vijf 6:13
b:de_voedselbank 5:21
b:de_volgende 2:25
b:de_vraag 0:11
b:de_weg 1:29 2:12
b:de_werkplek 0:12
b:de_werkvloer 0:25 1:10
b:de_zomer 0:-20 1:19
b:de_zorg 0:-16 5:28 8:29
b:deed_? 0:12
b:deed_je 0:26
b:deel_van 0:14
b:delen_voor 0:24 8:-14
b:denk_erom 0:-10 7:12
b:denk_je 5:-22 6:-19
b:denken_? 0:-12 2:12
b:denkt_? 2:15 5:18
b:derde_klas 0:12
b:deuren_open 8:12
b:deze_keuze 7:16
b:deze_leerling 8:11
b:deze_maand 6:12
b:deze_periode 2:22
b:deze_week 0:16 6:22
b:die_al 3:20
b:die_anders 0:12
b:die_de 2:12
b:die_droom 0:-14 8:14
b:die_een 1:34
b:die_het 3:10
b:die_je 0:42 1:10 5:19 6:29
b:die_meedenkt 0:21
b:die_stage 8:10
b:die_stap 0:11
b:die_zo 1:17
b:dierenarts_? 0:10
b:dingen_heb 0:11
b:dit_gesprek 6:18
b:dit_haalt 0:18
b:dit_is 7:21 8:13
b:dit_jaar 1:15 2:29
b:dit_loopbaangesprek 0:-12 2:30
b:dit_moment 0:-11 5:22
b:dit_profiel 0:12
b:dit_resultaat 0:12
b:dit_schooljaar 6:38
b:doe_je 0:18
b:doen_? 0:-14 2:19 4:-11 7:29
b:doen_aan 0:-14 1:28
b:doen_met 5:11
b:doet_een 0:11
b:door_je 0:-12 5:18
b:door_naar 7:18
b:door_te 0:15 2:27
b:doorzetter_bent 1:24
b:dossier_is 1:12
b:draagt_zou 0:-10 4:16
b:drie_beroepen 6:13
b:drie_meeloopdagen 3:11 6:12
b:drie_onvoldoendes 2:13
b:drie_open 0:-10 6:12
b:drie_weken 7:11
b:duits_? 0:-15 2:25
b:dus_daar 8:11
b:dus_de 8:10
b:dus_je 4:21
b:echt_bij 4:11
b:echt_de 7:22
b:echt_goed 1:17
b:economie_en 8:15
b:een_<grade> 0:-11 2:96
b:een_achterstand 0:-12 8:18
b:een_ander 7:11
b:een_andere 0:34
b:een_baan 4:28
b:een_bakker 0:14
b:een_beetje 4:13 5:26 7:21
b:een_bekende 0:20 8:-13
b:een_beroep 0:29
b:een_bewijs 0:-15 6:23
b:een_cijfer 0:26
b:een_concrete 0:12
b:een_deadline 0:17
b:een_echte 0:-19 4:36
b:een_foto 6:18
b:een_gemiddelde 0:10
b:een_gesprek 7:29
b:een_goede 0:19 1:23
b:een_groot 8:10
b:een_grote 4:23 8:-22
b:een_hoofddoek 0:-10 4:16
b:een_jaar 3:11 7:11
b:een_kamer 5:13
b:een_keer 7:15
b:een_keuze 0:19
b:een_klik 0:15
b:een_kwaliteit 0:17
b:een_laag 1:13
b:een_lastig 1:13
b:een_leerbaan 7:23
b:een_leerling 0:29 8:-15
b:een_lens 0:11
b:een_mbo-diploma 0:-10 8:12
b:een_mbo-opleiding 1:32
b:een_mogelijke 0:12
b:een_mooi 0:14
b:een_nieuwe 0:13
b:een_omweg 0:16
b:een_open 0:15
b:een_opleiding 0:-32 1:15 2:-19 4:-21 6:-14 7:10
b:een_plek 3:11
b:een_profiel 2:22
b:een_rij 1:15
b:een_route 0:11
b:een_stage 3:10
b:een_stageplek 0:34 1:19 3:25 8:-20
b:een_sterk 0:17 8:-13
b:een_studie 3:12 8:11
b:een_studiekeuzecheck 0:25
b:een_tussenjaar 8:24
b:een_typische 8:18
b:een_verkeerde 7:20
b:een_vervolgopleiding 0:-13 5:24
b:een_vriend 0:10
b:een_werkgever 1:12
b:een_werkplek 0:10
b:eens_bij 0:-14 2:19
b:eens_een 0:13
b:eens_hoe 0:-21 5:28
b:eens_naar 0:-11 3:13 4:17
b:eens_naast 3:14
b:eens_op 3:15
b:eens_waarom 1:12
b:eens_wat 5:11
b:eerlijk_gezegd 0:-11 1:13 8:16
b:eerst_? 6:13
b:eerst_je 2:19
b:eerste_jaar 0:11
b:eerste_keus 0:12
b:eerste_periode 2:13
b:eet_je 5:31
b:eigen_keuze 0:-17 1:22
b:eigenlijk_? 5:14
b:eigenlijk_niet 0:21
b:eigenlijk_op 4:11
b:eigenlijk_wel 0:-20 1:12 5:22
b:elke_dag 0:18 7:14
b:elke_open 0:-21 6:34
b:elke_route 0:13
b:elke_week 5:16
b:en_dan 0:-12 7:20
b:en_de 8:13
b:en_gezondheid 8:11
b:en_het 6:12
b:en_hoe 0:19 5:14
b:en_interieur 2:16
b:en_je 0:-22 5:21 6:11 7:45
b:en_jij 3:16
b:en_kies 0:-12 8:18
b:en_laat 6:13
b:en_maatschappij 8:16
b:en_niet 0:11
b:en_past 0:-15 2:20
b:en_techniek 8:20
b:en_vertel 0:14
b:en_waar 0:-12 2:17
b:en_waarom 0:44
b:en_wat 0:31 2:18 4:18
b:en_zit 2:15
b:enige_in 3:16
b:er_achter 0:24
b:er_bij 0:-23 1:34 5:16
b:er_dan 0:-22 1:29
b:er_een 6:14
b:er_iemand 0:15 5:13
b:er_inmiddels 6:18
b:er_is 7:25
b:er_met 2:16
b:er_nog 1:15 3:11 6:29
b:er_nu 2:10
b:er_thuis 5:28
b:er_volgens 0:11
b:er_zelf 0:16
b:er_zijn 0:13
b:eraan_? 7:11
b:erg_op 0:-14 5:18
b:ernaar_? 0:10
b:eruitziet_? 0:11
b:ervaring_niet 0:11
b:eten_? 5:12
b:feedback_van 0:17
b:fout_op 0:14
b:ga_je 0:-22 1:30 6:-10 7:21
b:ga_jij 3:20
b:ga_voor 0:-15 8:18
b:gaan_? 2:24
b:gaan_bekijken 4:11
b:gaan_samen 1:22
b:gaan_werken 0:-17 5:22
b:gaat_? 3:11 5:12
b:gaat_doen 0:-14 2:16 7:22
b:gaat_het 1:14 5:22
b:gastles_van 0:11
b:gebracht_? 0:11
b:gebrek_aan 1:31
b:gebruik_je 0:-10 5:26
b:gedaan_? 7:12
b:gedaan_om 0:17
b:geef_je 1:20
b:geeft_ruimte 0:12
b:geen_idee 0:13 1:13
b:geen_loopbaanbegeleiding 0:24 8:-12
b:geen_meetlat 0:11
b:geen_open 3:11
b:geen_profiel 7:11
b:geen_werk 5:16
b:gekozen_? 3:12
b:geld_van 5:12
b:geleerd_? 0:24
b:geleerd_dat 0:10
b:gemaakt_? 6:12
b:gemiddelde_voor 2:13
b:gemiddelde_werkdag 0:10
b:geneeskunde_is 8:11
b:genoeg_geld 5:16
b:genoeg_voor 2:32
b:geschikt_voor 0:-14 8:11
b:gesprek_geen 0:11
b:gesprek_met 0:16 7:30
b:gevoerd_en 5:-11 6:13
b:gewend_ben 0:35
b:gewoon_bij 8:16
b:gewoon_niet 1:27
b:gewoon_voor 7:11
b:gezin_en 5:33
b:ging_anders 0:10
b:ging_het 0:11
b:goed_bij 0:-17 4:25
b:goed_in 1:13
b:goed_met 0:-12 4:19
b:goed_om 2:14
b:groep_<grade> 0:-13 2:17
b:groep_? 3:14
b:haal_je 7:13
b:halen_? 0:-21 2:31
b:halen_om 2:19
b:havo_? 2:17
b:havo_is 0:-10 8:17
b:hbo_? 4:17 8:13
b:hbo_of 0:17
b:heb_je 0:11 6:35
b:heb_jij 0:-13 3:19
b:hebben_je 0:-10
b:hebben_jullie 6:11
b:hebben_om 0:11
b:hebben_vaak 0:-12 4:27
b:hebt_bezocht 3:11 6:12
b:hebt_een 0:15 2:15
b:hebt_ingeleverd 6:12
b:hebt_je 0:41
b:hebt_nog 7:24
b:heeft_al 3:22 7:16
b:heeft_die 0:11
b:heeft_het 7:11
b:heeft_ingeleverd 7:21
b:heeft_je 6:33
b:heeft_mag 7:11
b:heeft_recht 0:18 7:-11
b:heeft_weinig 1:16 8:10
b:helft_van 0:-11 1:28
b:helpt_je 0:10
b:hem_met 0:10
b:herken_je 0:-12 1:19 4:16
b:het_? 0:-26 7:26 8:18
b:het_aan 7:11
b:het_beroep 0:18 1:-12
b:het_best 4:25
b:het_beste 8:30
b:het_bij 0:-36 1:11 3:26 7:13 8:12
b:het_dat 0:-27 1:30 3:14
b:het_de 0:11
b:het_een 5:11
b:het_eerste 2:15
b:het_fijnst 4:11
b:het_formulier 6:11
b:het_gaat 5:13
b:het_gesprek 0:17 6:15 8:-12
b:het_hbo 4:40 8:21
b:het_in 2:14
b:het_is 8:18
b:het_je 3:11
b:het_jou 0:-15 1:20 4:13
b:het_kan 0:13
b:het_keuzedeel 0:14
b:het_kiezen 0:-13 5:14
b:het_leerbedrijf 6:12
b:het_leukst 0:15
b:het_liefst 0:27
b:het_loopbaangesprek 0:10 7:13 8:-11
b:het_maken 0:14
b:het_mbo 0:-16 1:12 8:27
b:het_meest 2:11 4:21 5:-22 6:-28
b:het_met 0:-16 5:47 6:23
b:het_minst 1:21 3:13
b:het_niet 0:-19 8:21
b:het_niveau 8:13
b:het_nog 0:16 7:21
b:het_om 0:20 3:11
b:het_onderwijs 8:15
b:het_op 4:29
b:het_over 1:21
b:het_praktijkonderwijs 0:-24 3:13 4:23
b:het_profiel 0:12
b:het_roc 1:16 3:13
b:het_samenwerken 0:15
b:het_schoolexamen 0:-17 2:30
b:het_te 7:36
b:het_team 8:18
b:het_thuis 5:12
b:het_vak 0:15
b:het_verst 3:26
b:het_vinkje 6:12
b:het_vwo 0:-17 3:23 8:15
b:het_werk 0:22
b:het_ziekenhuis 5:15
b:het_zo 1:13
b:het_zou 0:-13 8:17
b:hielp_je 0:12
b:hoe_ben 0:37 5:-26
b:hoe_denk 1:13
b:hoe_ga 0:42 1:44
b:hoe_gaat 5:25
b:hoe_ging 0:11
b:hoe_heb 0:15
b:hoe_het 5:19
b:hoe_houd 2:13
b:hoe_is 0:-36 5:65
b:hoe_je 0:16 2:15
b:hoe_jij 0:13 5:16
b:hoe_kan 0:-11 3:10
b:hoe_kijk 0:13 2:14 3:-11
b:hoe_kom 0:17
b:hoe_komt 0:-20 1:25 3:23
b:hoe_krijg 2:13
b:hoe_laat 5:15
b:hoe_lang 7:25
b:hoe_pak 0:-16 4:20
b:hoe_snel 7:22
b:hoe_staan 0:-15 2:21
b:hoe_staat 0:-14 3:15 6:26
b:hoe_voelt 3:25
b:hoe_was 0:35
b:hoe_wil 1:30 2:20 3:-11
b:hoe_ziet 0:13
b:hoe_zit 0:-14 3:27
b:hoe_zou 0:16
b:hoeveel_punten 2:12
b:hoeveel_uur 5:32
b:hoeveel_van 0:-12 2:18 5:-13 6:19
b:hoofddoek_draagt 0:-10 4:16
b:hoor_je 3:13 4:24 8:13
b:houd_je 2:12
b:houdt_je 0:12
b:houdt_jou 0:-16 1:15 3:15
b:hun_stage 3:12
b:idee_hebt 0:14
b:idee_voor 3:12
b:iedereen_in 3:12
b:iedereen_kent 0:11
b:iemand_bij 5:13
b:iemand_die 0:18 1:35
b:iemand_met 4:11
b:iemand_zoals 8:20
b:iets_anders 0:15
b:iets_met 8:31
b:iets_moet 0:-14 1:18
b:iets_over 0:17
b:iets_van 0:33
b:iets_voor 3:27 4:19 8:-26
b:iets_waar 0:-15 8:15
b:iets_wat 0:14
b:ik_ben 0:14
b:ik_daar 0:11
b:ik_dat 0:18 7:-13
b:ik_gewend 0:16
b:ik_het 0:-10 7:22
b:ik_je 0:-20 7:30
b:ik_jou 8:21
b:ik_niet 0:18
b:ik_van 0:20 1:15
b:ik_vragen 5:17
b:ik_zag 2:22
b:ik_zie 8:22
b:in_<grade> 1:15 3:23
b:in_? 7:24
b:in_aanraking 1:21
b:in_anders 6:11
b:in_bent 1:13
b:in_bij 6:11
b:in_de 3:-11 4:43 5:-10 6:-16 7:-17 8:26
b:in_dit 2:27
b:in_een 0:21 5:34 7:-12
b:in_groep 0:-13 2:17
b:in_het 0:49 1:-11 2:12 5:31 6:34
b:in_je 1:-12 3:18 5:-11 6:49 7:-12 8:11
b:in_jouw 4:18
b:in_leerjaar 1:24
b:in_magister 6:17
b:in_plaats 8:11
b:in_veel 0:13
b:in_voor 0:-14 7:20
b:in_welk 0:13
b:in_welke 1:20
b:in_wilt 0:-15 1:13
b:ingeleverd_? 6:19
b:ingevuld_? 6:24
b:inmiddels_op 6:18
b:interessant_? 0:15
b:is_? 7:13
b:is_anders 0:16
b:is_dat 0:-13 1:-10 3:14 4:10 7:13
b:is_de 5:22 6:11 8:32
b:is_echt 7:22
b:is_een 2:15 4:24 8:21
b:is_elke 0:17
b:is_geen 0:33 7:12 8:-20
b:is_heel 0:18 8:-11
b:is_helemaal 4:24 8:-23
b:is_het 0:-48 2:-12 5:17 7:20
b:is_je 2:26 5:-15 6:39
b:is_met 7:11
b:is_niet 1:25 4:-14 8:16
b:is_nog 1:10 5:26
b:is_om 0:-13 8:16
b:is_ook 0:14 3:30 8:-19
b:is_prima 0:19
b:is_te 8:22
b:is_vol 6:12
b:is_voor 6:18 7:-10 8:18
b:is_welke 1:18
b:is_werk 0:-14 4:10
b:is_zonde 8:12
b:jaar_<grade> 7:11
b:jaar_al 3:12
b:jaar_thuis 7:14
b:je_? 0:-42 4:42 5:-22 6:-20
b:je_aan 1:-11 2:15 4:24 6:-10 7:18
b:je_aanmeldt 2:13
b:je_afspraken 1:35
b:je_al 1:19 2:-15 3:-16 6:-18
b:je_alle 6:23
b:je_als 0:31 3:-11
b:je_begeleider 0:-25 6:29
b:je_bent 0:-46 1:40 4:11 8:19
b:je_beter 4:21
b:je_bij 2:11 3:35 5:-12
b:je_bijbaan 0:30 1:-11 5:11
b:je_bpv 6:12
b:je_broer 3:24
b:je_cijfer 2:19 5:-10
b:je_cijferlijst 0:-10 2:33
b:je_cijfers 0:-41 2:62 8:13
b:je_concentratie 0:-13 1:20 5:25
b:je_cv 8:13
b:je_daar 0:-11 6:-10
b:je_daaraan 0:-23 2:15 3:29
b:je_daarmee 5:15
b:je_dacht 0:15
b:je_dan 1:45 8:15
b:je_dat 1:38 2:11 3:-30 4:31 5:-20 8:27
b:je_de 2:-11 5:14 6:15
b:je_deze 6:13 7:16
b:je_die 2:33 6:11
b:je_diploma 8:15
b:je_dit 0:14 6:13
b:je_doen 1:20
b:je_doet 0:34 8:-14
b:je_door 0:12
b:je_dossier 6:13
b:je_een 0:-38 2:16 3:-19 6:-22
b:je_eerste 0:37
b:je_eigen 0:25 1:25 8:-11
b:je_eigenlijk 1:56
b:je_en 0:11
b:je_er 0:17 1:-12 8:12
b:je_eraan 0:-26 1:26 7:11
b:je_ergens 1:15
b:je_ervan 0:14
b:je_familie 5:13
b:je_gaat 7:23
b:je_gebracht 0:11
b:je_gemiddelde 0:-16 2:46
b:je_gewend 0:30
b:je_goed 0:21
b:je_graag 0:15
b:je_groep 3:28
b:je_handen 4:17
b:je_hebt 0:17 6:35 7:23
b:je_herkansen 0:-18 2:35
b:je_het 0:60 7:26
b:je_hoofd 4:16
b:je_hoort 0:-25 8:24
b:je_iets 1:15
b:je_in 3:-20 4:-14 5:18 6:-21
b:je_interessant 0:12
b:je_je 0:20 2:40 4:-12 5:14 7:48 8:-11
b:je_jezelf 0:23 5:-11
b:je_juist 0:12
b:je_kans 7:21
b:je_ken 0:12
b:je_keuze 0:31 6:-11 7:16
b:je_kiest 7:11
b:je_kiezen 3:12
b:je_klas 0:-16 3:38
b:je_klasgenoten 0:-15 1:-11 3:50
b:je_kunt 0:-13 7:19 8:13
b:je_laagste 0:-26 2:27
b:je_laat 5:13
b:je_laatst 0:31
b:je_laatste 2:12
b:je_later 0:-12 2:15 8:17
b:je_leerbedrijf 0:-12 7:17
b:je_leren 0:-17 3:14 4:10
b:je_lob-punten 5:-11 6:33
b:je_loopbaandossier 6:14
b:je_mag 0:16
b:je_medicijnen 0:-20 5:45
b:je_mee 0:22
b:je_mentor 0:-21 5:11 6:15 7:17
b:je_met 0:37 7:11
b:je_mist 0:-12 1:49 8:-11
b:je_moeder 0:-27 5:41 8:15
b:je_moet 8:13
b:je_na 0:11
b:je_naar 1:11 5:29
b:je_nederlands 1:13
b:je_neef 3:24
b:je_netwerk 0:24 8:-14
b:je_niet 6:-11 7:15
b:je_nieuwsgierig 0:29
b:je_noemde 0:12
b:je_nog 0:32 1:-12 2:11
b:je_nu 0:27 6:11 7:18
b:je_om 0:32 2:-13 6:11
b:je_onlangs 0:17
b:je_ooit 1:20
b:je_op 0:17 1:-10 2:17
b:je_opleiding 3:12 5:16
b:je_orientatie 3:20
b:je_ouders 0:-22 1:-19 2:-11 4:16 5:45 7:23
b:je_over 0:20
b:je_plan 5:20 8:14
b:je_plannen 5:25
b:je_plek 7:19 8:13
b:je_portfolio 0:-11 3:10 6:36
b:je_praktijkopleider 1:12 6:23
b:je_precies 5:14
b:je_profielkeuze 0:17 1:12
b:je_profielkeuzeformulier 6:23
b:je_rapport 0:-29 2:46
b:je_rapportcijfers 0:-31 2:53
b:je_resultaten 0:-19 2:16
b:je_snuffelstage 4:21 6:11
b:je_staat 0:20
b:je_stage 0:27 1:19 5:34 8:29
b:je_stage-uren 6:12
b:je_straks 2:15
b:je_studiekeuze 2:20 3:14
b:je_te 0:15
b:je_thuis 5:24
b:je_tijdens 0:12
b:je_toch 1:24 4:13
b:je_toen 0:20
b:je_tot 1:12
b:je_trekt 0:18
b:je_trots 0:18
b:je_tussen 7:12
b:je_twijfelt 7:18
b:je_vaak 1:21
b:je_vader 0:-24 5:22 8:12
b:je_vak 0:13
b:je_van 6:12
b:je_vandaag 0:11 2:-14 6:15
b:je_vast 0:-25 2:19 4:42
b:je_veel 8:11
b:je_verkennen 1:12
b:je_vertelde 0:12
b:je_volgend 7:14
b:je_volgende 0:16
b:je_voor 0:-27 1:-14 2:13 4:15 5:-16 6:17
b:je_vorige 0:20
b:je_vragen 0:17
b:je_vrienden 0:13
b:je_wacht 7:21
b:je_wel 0:28 5:25
b:je_weleens 5:18
b:je_werk 0:-10 5:20
b:je_wilde 0:11
b:je_willen 4:11
b:je_wilt 3:-13 5:-13 8:17
b:je_zei 0:10
b:je_zeker 4:20
b:je_zelf 1:27 2:-13 7:19
b:je_ziet 3:10
b:je_zit 1:22
b:je_zo 0:-17 1:25 5:19 7:15
b:je_zo'n 0:15
b:je_zoekt 0:13
b:je_zoiets 4:10
b:je_zus 3:26
b:je_zwakke 0:-19 1:29
b:jezelf_? 4:17
b:jezelf_dat 0:10
b:jezelf_eens 0:-13 3:27
b:jij_? 3:12
b:jij_als 1:-10 3:28
b:jij_altijd 1:32 3:-11
b:jij_bent 4:22 8:15
b:jij_bij 1:18
b:jij_daar 0:-10 2:16
b:jij_dan 0:11
b:jij_dat 1:-14 4:25
b:jij_degene 3:18
b:jij_doen 1:14
b:jij_en 0:12
b:jij_er 3:11
b:jij_ernaar 0:10
b:jij_het 3:12
b:jij_jezelf 0:-15 1:22
b:jij_komt 4:20
b:jij_later 4:17
b:jij_net 3:16
b:jij_niet 1:-17 3:30
b:jij_nog 0:-20 1:31 3:19
b:jij_of 0:-12 3:32 5:-13
b:jij_ook 3:-16 4:31
b:jij_op 3:13
b:jij_uitzoeken 0:11
b:jij_zelf 0:14
b:jij_zo 1:24 3:-13
b:jou_? 0:18 3:39
b:jou_aan 0:-11 2:16
b:jou_als 4:19
b:jou_anders 3:17
b:jou_bij 3:24
b:jou_dat 0:-20 1:18
b:jou_een 1:19
b:jou_en 0:12
b:jou_het 0:19
b:jou_in 0:16
b:jou_niet 3:10
b:jou_nooit 1:24
b:jou_om 0:-21 1:30
b:jou_ook 4:11
b:jou_op 0:12
b:jou_tegen 0:-31 1:31
b:jou_thuis 5:26
b:jou_was 8:19
b:jou_zijn 3:16
b:jouw_cijfer 2:20
b:jouw_cultuur 0:-14 4:40
b:jouw_keuze 5:24
b:jouw_klas 4:11
b:jouw_klasgenoten 3:12
b:jouw_korte 1:25
b:jouw_leeftijd 3:10
b:jouw_plan 3:10
b:jullie_thuis 5:11
b:kan_een 0:18 8:-12
b:kan_het 0:-20 8:11
b:kan_ik 6:14
b:kan_ook 0:12
b:kan_tot 0:16
b:kant_van 0:12
b:ken_je 0:25 1:15
b:kent_ze 0:11
b:keuze_? 1:20
b:keuze_blijft 0:11
b:keuze_en 0:16
b:keuze_in 7:15
b:keuze_voor 5:25 8:17
b:keuzes_die 0:14
b:kies_gewoon 8:12
b:kies_iets 8:22
b:kies_je 0:-39 7:34 8:17
b:kies_liever 4:10
b:kiest_? 0:-12 1:17
b:kiezen_? 0:-23 1:30 3:18
b:kiezen_vaak 4:11
b:kiezen_van 5:15
b:kijk_eens 3:13
b:kijk_je 1:11 2:14
b:kijk_jij 0:15
b:kijken_? 4:18
b:kijkt_? 1:15
b:kind_van 4:18
b:klaar_met 6:12
b:klasgenoten_die 0:-20 3:32
b:klik_leg 0:15
b:klok_tikt 7:22
b:klopt_dat 4:17
b:kom_ik 0:11
b:kom_je 1:26 8:12
b:komt_dat 3:13
b:komt_het 0:-20 1:28
b:komt_later 3:17
b:komt_uit 4:20
b:komt_van 0:10
b:korte_spanningsboog 1:25
b:krijg_je 2:10
b:kritiek_op 0:10
b:kun_je 0:-36 1:13 4:15 5:-11 7:15 8:-16
b:kun_jij 0:11
b:kunnen_je 5:11
b:kunnen_net 0:13
b:kunt_het 8:12
b:kunt_je 0:-13 7:22
b:kwam_? 0:-18 1:28
b:laag_niveau 1:13
b:laagste_cijfer 0:-26 2:27
b:laat_de 8:11
b:laat_die 0:-13 8:20
b:laat_is 7:35
b:laat_je 6:28
b:laat_me 6:10 7:-14
b:laat_zien 0:23
b:laatst_de 0:17
b:laatst_echt 0:11
b:laatst_iets 0:11
b:laatste_tijd 0:-12 5:23
b:lang_denk 7:25
b:lastig_? 0:12
b:laten_aftekenen 6:14
b:laten_schieten 8:12
b:laten_we 2:16
b:later_meer 8:15
b:leerbedrijf_? 0:-13 1:15 6:13
b:leerbedrijf_vindt 7:11
b:leerjaar_<grade> 1:24
b:leerling_in 1:12
b:leerling_niet 0:24
b:leerling_uit 0:-42 3:24 8:28
b:leerlingen_die 0:-12 3:21
b:leerlingen_kennen 0:11
b:leerlingen_uit 4:11
b:leerlingen_van 3:13
b:leert_? 0:15
b:leg_je 0:12 3:12
b:lens_voor 0:11
b:leren_? 4:10
b:leren_van 3:13
b:let_je 0:-12 5:20
b:let_op 0:-15 7:11
b:leuk_? 1:14
b:leuk_vindt 0:25
b:lever_je 0:-14 6:-14 7:50
b:lichamelijke_opvoeding 1:15
b:liefst_? 0:10
b:liever_iets 0:-12 8:13
b:liever_niet 0:10
b:ligt_dan 2:12
b:ligt_de 4:11
b:ligt_je 1:20
b:lijkt_dat 0:24 4:-12
b:lijkt_een 0:-14 4:22
b:lijkt_je 1:10 8:18
b:lijstje_met 3:15
b:loopbaanbegeleiding_is 0:10
b:loopbaansturing_hoe 0:11
b:los_je 1:11
b:los_van 0:17
b:lukt_het 0:-15 5:16
b:maakt_het 1:19
b:maakte_je 0:14
b:maand_bij 6:13
b:maandag_niet 7:13
b:maar_met 8:18
b:maart_geen 7:11
b:mag_ik 5:17
b:mag_je 0:11 2:15
b:mag_niet 0:-14 7:27
b:maken_? 2:-15 4:15
b:mee_? 3:17
b:mee_naar 7:14
b:mee_op 7:13
b:mee_te 8:10
b:mee_verdient 8:16
b:meedenkt_? 0:21
b:meekijkt_? 7:15
b:meeloopdag_al 6:14
b:meer_? 4:10
b:meer_bij 0:12
b:meer_op 3:11 8:11
b:meer_van 3:-12 4:14
b:meest_? 0:21
b:meest_bijgebleven 0:14
b:meest_geleerd 0:15
b:meest_in 0:-17 1:28
b:meest_op 0:12
b:meest_over 0:-12 2:17
b:meest_realistisch 0:-14 4:27
b:meestal_een 0:16
b:meestal_in 4:25
b:meestal_niet 0:-11 4:14
b:meisjes_kiezen 4:11
b:mens_en 0:12
b:mensen_die 0:13
b:merk_je 0:12 5:13
b:merkt_dat 0:22
b:met_adhd 0:-13 4:24
b:met_de 0:-37 3:48 4:-10 7:18
b:met_dyslexie 4:17
b:met_een 0:56 1:-13 2:20 8:-12
b:met_het 0:-44 1:19 5:38 8:13
b:met_hun 0:-25 3:16 4:17
b:met_iemand 0:10 5:11
b:met_je 0:-51 1:-24 2:-11 3:22 5:67 6:22
b:met_jouw 0:-24 1:31 8:21
b:met_meer 0:12
b:met_ouders 0:-13 7:14
b:met_twijfelen 8:11
b:met_welk 2:29
b:met_wie 0:24
b:mij_? 0:16
b:mijn_advies 0:-13 8:20
b:mis_jij 1:18
b:misschien_is 0:-13 1:15
b:mist_? 1:16 3:-13
b:mist_de 0:-12 1:49 8:-11
b:moeder_? 5:15
b:moeder_en 0:-15 5:18
b:moeite_met 1:10
b:moet_een 0:22 1:-11
b:moet_er 2:12
b:moet_je 0:-23 1:24
b:moet_werken 0:11
b:mogelijke_vervolgstap 0:12
b:moment_op 0:12
b:moment_vast 0:15
b:na_de 1:13
b:na_een 3:12
b:na_je 0:14 8:31
b:naar_bed 5:18
b:naar_de 0:-40 1:13 5:-15 6:-16 7:18
b:naar_een 0:17
b:naar_het 3:14 8:18
b:naar_je 2:12 5:30
b:naar_jezelf 1:16
b:naar_meer 0:10
b:naar_wat 1:11
b:naast_de 0:21
b:nam_jij 0:17
b:natuur_en 0:-11 8:27
b:nederlands_? 1:10
b:nederlands_dan 3:12
b:neem_je 0:14 8:14
b:nemen_? 4:21
b:nemen_bij 3:16
b:nemen_voor 1:20
b:net_zo 3:20
b:netwerk_delen 0:24 8:-14
b:niet_? 0:32 1:-11 3:33 4:-16
b:niet_aan 0:-14 8:16
b:niet_alleen 0:10
b:niet_alles 1:15
b:niet_altijd 0:14
b:niet_beter 8:10
b:niet_bij 8:12
b:niet_dan 7:19
b:niet_door 0:24
b:niet_ervoor 0:22
b:niet_geschikt 0:-14 8:11
b:niet_hebt 3:14
b:niet_iedereen 0:15
b:niet_jouw 0:-14 1:14 8:16
b:niet_mee 0:-14 6:19 7:19
b:niet_meer 0:18 4:14
b:niet_op 0:-16 4:18 7:17
b:niet_over 0:11 7:20
b:niet_past 0:11
b:niet_slimmer 8:13
b:niet_snel 7:11
b:niet_te 0:24 4:13 8:-15
b:niet_voor 7:19
b:niet_wilt 0:11
b:niet_wist 0:17
b:niet_wordt 0:11
b:niet_zo'n 1:31
b:niets_voor 8:10
b:nieuwe_kwaliteiten 0:13
b:nieuwsgierigheid_is 0:21 8:-16
b:niks_voor 0:14
b:niveau_<grade> 8:20
b:niveau_is 0:-20 1:13 8:16
b:nodig_om 0:-20 5:12
b:noemen_dat 0:11
b:nog_<grade> 6:19
b:nog_? 6:15
b:nog_bezig 0:11
b:nog_een 0:13 7:25 8:-12
b:nog_eens 0:10
b:nog_geen 0:14 1:-15 3:16
b:nog_in 0:-14 5:11 6:23
b:nog_meer 0:16
b:nog_niet 0:28 1:-32 6:18 7:-29 8:-12
b:nog_nodig 2:15
b:nog_om 1:14
b:nog_op 0:-23 6:32 7:15
b:nog_steeds 0:-18 5:32 6:-17 7:14
b:nog_te 7:23
b:nog_tot 7:12
b:nog_twee 0:-11 7:15
b:nog_uitzoeken 0:11
b:nog_willen 0:-13 1:10
b:nu_? 0:-17
b:nu_al 0:-11 2:16
b:nu_de 7:12
b:nu_eenmaal 0:-12 4:20
b:nu_je 5:34
b:nu_niet 7:12
b:nu_toe 0:14 1:12
b:nu_wat 0:13
b:of_ben 0:-12 5:17
b:of_bij 3:13
b:of_de 4:26
b:of_er 5:13
b:of_je 0:-35 3:33 5:33
b:om_de 6:11
b:om_door 2:13
b:om_een 3:11
b:om_eerst 2:19
b:om_het 0:20
b:om_in 5:22
b:om_je 2:13
b:om_mee 8:11
b:om_met 0:38 2:-11
b:om_na 8:14
b:om_op 1:20
b:om_over 2:17
b:om_te 0:15 5:12
b:om_uit 0:15
b:om_voor 0:-11 8:17
b:om_zelf 1:14
b:omdat_je 0:-17 1:10 4:35
b:omhoog_? 2:17
b:omweg_is 0:16
b:onder_de 1:25 5:-13
b:onderdelen_van 6:25
b:onderzoeken_? 4:14
b:ontbreekt_er 0:-19 6:21
b:ontbreken_nog 6:24
b:ontdek_je 0:11
b:ooit_een 1:13
b:ook_? 4:19
b:ook_bij 1:20
b:ook_een 0:26 8:-11
b:ook_niet 0:-15 1:16
b:op_<grade> 6:12
b:op_<num> 6:15
b:op_? 0:12 7:17
b:op_bent 0:11
b:op_dan 0:-13 3:27
b:op_dat 7:10
b:op_de 2:15 4:-13 6:-34
b:op_dit 5:24
b:op_een 0:23 1:13
b:op_en 6:13
b:op_groen 0:-13 6:30
b:op_het 1:15 2:12 3:11 4:36
b:op_je 0:12 1:11 3:-12 7:-11 8:27
b:op_jouw 7:22
b:op_rood 6:15
b:op_school 0:11
b:op_te 2:23
b:op_tijd 7:20
b:op_voltooid 6:12
b:op_wat 5:19
b:op_welke 1:10
b:op_werk 8:12
b:open_dag 0:12 1:25 3:13 6:24 8:-10
b:open_dagen 0:14 3:12
b:opleiding_? 0:-12 3:10 5:34
b:opleiding_dan 0:23
b:opleiding_die 0:24
b:opleiding_is 1:10
b:opleiding_je 0:16
b:opleiding_kiezen 1:12
b:opleiding_met 0:-13 5:15
b:opleiding_te 5:11
b:opleiding_tot 8:15
b:opleiding_van 2:14
b:opleiding_wil 3:12
b:opleiding_wordt 0:-15 7:30
b:opleidingen_die 0:11
b:oplossen_? 1:24
b:opties_open 8:11
b:ouders_? 0:-20 5:26
b:ouders_hebben 3:11 8:15
b:ouders_het 0:13
b:over_? 0:-20 1:20 5:19
b:over_de 0:11 1:12
b:over_hoe 0:14
b:over_je 1:-12 2:14 5:15
b:over_jezelf 0:31
b:over_jou 1:24
b:over_naar 7:15
b:over_te 2:26
b:over_wat 2:19
b:overwegen_? 4:19
b:overzicht_van 6:13
b:pak_je 0:-13 2:22
b:pak_jij 0:-16 4:20
b:past_beter 4:15
b:past_bij 4:19
b:past_daar 3:24
b:past_daarbij 0:-15 1:16
b:past_dan 1:10
b:past_dat 0:-15 2:20
b:past_een 4:14
b:past_niet 8:16
b:per_nacht 5:26
b:pie_? 1:14
b:plaats_van 8:11
b:plan_b 0:15
b:plan_je 6:35
b:plan_om 0:-16 5:21
b:plannen_? 5:25
b:plek_? 0:19
b:praat_je 5:10
b:praktisch_ingesteld 4:13
b:praktische_beroepen 4:11
b:praten_we 0:10
b:prima_als 0:19
b:proberen_? 1:14
b:profiel_? 0:16
b:profiel_kiest 2:16
b:profielkeuze_? 1:11
b:rapport_er 0:-17 2:23
b:recht_op 0:18 7:-11
b:redden_het 0:-13 4:21
b:rest_van 0:-10 3:20 7:18
b:resultaat_tot 0:11
b:richting_trekt 4:17
b:rond_de 5:20
b:ruimte_voor 0:14
b:samen_op 1:12
b:scheiding_van 5:16
b:schiet_tekort 1:17
b:school_en 6:12
b:sinds_de 5:21
b:sinds_je 5:15
b:slaap_je 5:26
b:slik_je 5:18
b:slimmer_zijn 8:13
b:sluit_de 0:-12 7:20
b:snel_een 7:11
b:spanningsboog_wordt 1:25
b:spreekt_je 4:10
b:spreekt_zulk 0:15
b:spreken_je 0:-14 4:30
b:sta_je 0:-24 3:19 6:32
b:sta_jij 3:21
b:staan_? 6:11 7:11
b:staan_er 6:20 8:15
b:staan_je 0:-17 2:21
b:staat_een 0:-18 1:27
b:staat_het 0:-14 3:14 6:27
b:staat_je 2:14
b:staat_naast 0:22
b:staat_op 2:-10 6:28
b:stage_bij 0:21
b:stage_de 8:15
b:stage_of 0:17
b:stageplek_past 8:17
b:stageplek_te 0:-13 1:28
b:stageplek_voor 7:17
b:stap_? 0:14
b:start_van 0:11
b:steeds_geen 0:-11 1:18 5:12
b:steeds_niet 7:18
b:stel_dat 0:11
b:stel_je 0:18
b:straks_de 0:11
b:straks_op 1:17
b:studeren_? 4:11
b:studie_in 8:14
b:studie_past 4:12
b:studie_wordt 4:24
b:studiekeuze_? 0:-29 2:21 3:17
b:te_beginnen 8:11
b:te_blijven 5:13
b:te_denken 5:11
b:te_doen 0:14 8:13
b:te_gaan 0:-34 1:-10 2:14 5:13 6:18 8:11
b:te_hoog 0:-12 8:20
b:te_kiezen 0:15
b:te_komen 7:11
b:te_kunnen 0:-23 7:22
b:te_laat 0:-24 1:14 7:74
b:te_lang 7:12
b:te_laten 8:11
b:te_leren 0:12
b:te_maken 0:11 1:12 6:13
b:te_nemen 1:19 2:10 8:-11
b:te_orienteren 0:11
b:te_slagen 2:15
b:te_stromen 8:13
b:te_veel 8:12
b:te_vinden 1:13
b:te_weten 8:16
b:te_zeggen 0:12
b:te_zetten 1:17
b:te_zijn 1:22
b:te_zoeken 1:17
b:tegen_? 3:12
b:tegen_om 0:-18 1:18
b:tempo_bij 0:12
b:terug_? 0:11
b:terug_te 0:12
b:thuis_genoeg 5:12
b:thuis_op 5:19
b:thuis_van 0:-12 5:17
b:thuis_voor 5:16
b:tijdens_de 5:15
b:tijdens_het 0:17
b:toch_iets 0:11
b:toch_leuk 1:16
b:toch_niet 4:15
b:toe_? 6:10
b:toegelaten_tot 2:15
b:toen_nog 0:12
b:tot_<grade> 0:22
b:tot_de 2:16
b:tot_het 0:-15 3:15 7:16
b:tot_nu 0:14 1:12
b:tot_vrijdag 7:12
b:trekt_je 0:10 1:11 4:25
b:trok_je 0:28
b:trots_op 0:21
b:twee_keer 1:28
b:twee_opleidingen 0:14
b:twee_weken 7:17
b:typisch_een 0:-16 4:24
b:u_de 0:-13 5:14
b:uit_<grade> 0:-16 3:12 8:11
b:uit_de 0:-14 3:16 6:33
b:uit_een 0:-29 4:25 8:26
b:uit_het 0:13
b:uit_je 3:22 8:14
b:uit_jouw 4:21
b:uit_om 0:15
b:uit_te 0:18
b:uiterlijk_morgen 7:13
b:uitzoeken_voordat 0:19
b:upload_je 6:21
b:uur_per 5:18
b:vaak_een 0:-10 4:34
b:vaak_het 4:10
b:vaak_moe 5:11
b:vaak_niet 4:17
b:vaak_te 1:22
b:vaak_voor 0:-12 4:20
b:vader_nog 5:37
b:vader_of 5:-13 6:25
b:vak_al 1:10
b:vak_een 0:-17 2:19
b:vak_hoort 0:11
b:vak_met 4:13
b:vak_trekt 0:-12 2:18
b:val_je 7:11
b:valt_je 3:10
b:van_<grade> 0:-13 3:11 6:13 7:14
b:van_alle 3:13
b:van_anderen 0:21
b:van_de 0:-18 3:-12 6:64 7:-19
b:van_deze 2:16 6:15
b:van_een 0:29 5:10
b:van_het 7:-11 8:-11
b:van_je 0:-29 2:30 3:30 5:40 6:13
b:van_jezelf 0:-19 1:27
b:van_jullie 3:40 5:-14
b:van_twee 7:11
b:van_vorig 3:11
b:vandaag_nog 6:10 7:26
b:vast_heel 2:19
b:vast_niet 4:12
b:veel_deuren 8:13
b:veel_meer 0:-27 1:15 3:13
b:verder_? 1:28
b:verder_met 0:-15 3:34
b:verdient_een 0:15
b:vergeleken_met 3:31
b:verkennen_? 0:23 1:11
b:verschillende_dingen 0:11
b:verstandig_zijn 0:-13 8:17
b:vertel_eens 0:-24 1:13 2:15 5:38
b:vertel_me 0:14
b:vertel_wat 0:11
b:vertelde_dat 1:-10 5:17
b:vertellen_? 0:14
b:vertellen_of 5:21
b:vervolgopleiding_? 0:-16 5:31
b:vervolgopleiding_denkt 2:11
b:verwacht_je 0:-12 2:19
b:vijf_loopbaancompetenties 0:11
b:vind_je 0:20 8:16
b:vind_jij 0:17
b:vinden_? 1:13
b:vinden_je 0:-13 4:31
b:vindt_? 0:14
b:vink_na 6:17
b:vinkje_bij 6:15
b:vmbo'er_ben 4:11
b:voedselbank_? 5:21
b:voel_je 5:13
b:voelde_je 0:11
b:voelt_dat 3:25
b:vol_te 6:11
b:volgend_jaar 7:13
b:volgende_keer 0:13
b:volgende_stap 0:14
b:volgens_jou 1:-17 2:18 3:19
b:volgt_een 0:-17 7:19
b:volgt_meestal 0:16
b:vond_je 0:30
b:voor_<grade> 0:20
b:voor_<num> 6:17 7:15
b:voor_biologie 2:16
b:voor_de 0:-29 1:-20 2:13 5:-29 6:16 8:29
b:voor_dit 0:14
b:voor_duits 2:14
b:voor_economie 2:18 4:10
b:voor_een 0:27 5:20 7:21 8:-19
b:voor_het 2:49 5:21
b:voor_iemand 0:-19 1:12 8:19
b:voor_iets 0:-24 8:30
b:voor_in 0:-15 1:17
b:voor_je 0:-17 1:19 2:29 5:18 7:-15
b:voor_jezelf 0:13
b:voor_jou 0:40 2:-26 4:10 5:-11
b:voor_scheikunde 2:20
b:voor_techniek 1:14 4:13
b:voor_vrijdag 0:-16 6:23 8:13
b:voor_wiskunde 2:23
b:voordat_het 6:14 7:16
b:voordat_je 0:-23 1:23 2:36 5:21
b:vorig_jaar 3:26
b:vraag_van 0:12
b:vragen_heb 0:10
b:vragen_in 6:21
b:vragen_of 5:11
b:vragen_te 1:11
b:vrijdag_je 6:21 7:-13
b:vul_je 6:22
b:waar_ben 0:23
b:waar_gaat 0:-14 1:18
b:waar_je 0:36 5:11 8:10
b:waar_jij 1:20
b:waar_niemand 4:11
b:waar_zie 1:22
b:waarbij_je 0:11
b:waarin_je 0:27
b:waarom_? 0:34
b:waarom_heb 1:17
b:waarom_jij 3:12
b:waarom_kies 3:12
b:waarom_kom 1:19
b:waarom_zou 0:-17 1:-12 3:15 4:14
b:waarop_je 0:15
b:wacht_niet 7:10
b:wacht_wordt 7:21
b:wanneer_ga 7:13
b:wanneer_lever 7:24
b:wanneer_plan 6:14
b:wanneer_voelde 0:12
b:was_dat 0:15
b:was_een 0:-11
b:was_het 0:15
b:was_je 0:-20 2:26 5:20
b:wat_? 4:11
b:wat_betekent 5:22
b:wat_bij 0:16
b:wat_denk 1:11 4:11
b:wat_doe 4:-11 5:-12
b:wat_een 0:-53 8:54
b:wat_er 1:11
b:wat_ga 0:-15 1:16
b:wat_gaf 0:13
b:wat_ging 0:14
b:wat_heb 0:16 1:14 5:-16 6:-13
b:wat_heeft 0:13
b:wat_hielp 0:12
b:wat_houdt 0:-20 1:15 3:15
b:wat_iemand 0:18 8:-13
b:wat_is 0:18 2:24 3:-13
b:wat_je 0:54 3:-16 4:-16 5:12 6:-17
b:wat_jij 0:18
b:wat_kies 0:-18 7:35
b:wat_kun 0:-12 1:11 3:12 6:16
b:wat_leerde 0:10
b:wat_maakt 3:15
b:wat_merk 0:-12 5:17
b:wat_moet 0:27 1:-11 2:10
b:wat_neem 0:10
b:wat_ontbreekt 0:-19 6:21
b:wat_spreekt 0:10
b:wat_trekt 0:15
b:wat_valt 3:10
b:wat_vind 0:20
b:wat_vinden 0:-14 4:19
b:wat_vond 0:21
b:wat_voor 0:-18 1:18 4:19
b:wat_was 0:-19 2:26
b:wat_weet 0:18
b:wat_wil 0:26 2:-15 4:14 8:14
b:wat_ze 0:-23 3:33
b:wat_zegt 0:-36 1:16 2:14 5:19
b:wat_zie 2:18
b:wat_zou 0:44
b:we_gaan 1:22
b:we_hebben 0:10
b:we_het 2:14 6:18
b:we_je 8:23
b:week_een 5:16
b:weet_je 0:21 4:21
b:weet_wat 3:23
b:weg_? 0:-20 1:26
b:weinig_talent 1:27
b:weken_? 0:10
b:wel_? 1:13
b:wel_betalen 5:11
b:wel_dat 7:24
b:wel_een 0:-21 3:25
b:wel_eens 0:10
b:wel_en 0:11
b:wel_genoeg 5:31
b:wel_in 1:10
b:wel_vergeten 7:20
b:wel_vragen 1:11
b:weleens_iets 5:12
b:welk_advies 0:17
b:welk_beroep 0:11 1:36
b:welk_cijfer 0:-11 2:21
b:welk_eindcijfer 0:-12 2:33
b:welk_gemiddelde 0:-14 2:35
b:welk_idee 0:14
b:welk_klusje 0:11
b:welk_onderdeel 0:12
b:welk_onderwerp 0:25
b:welk_praktisch 0:-12 4:18
b:welk_risico 0:15
b:welk_schoolvak 0:12
b:welk_stuk 0:-13 1:27
b:welk_vak 0:-13 2:18
b:welk_van 0:-13 2:17
b:welk_verhaal 0:19
b:welk_werk 1:23
b:welke_andere 1:-11 8:13
b:welke_beroepen 1:15
b:welke_competenties 6:15
b:welke_fout 0:15
b:welke_hbo-opleiding 4:-17 8:25
b:welke_klus 0:12
b:welke_kwaliteit 0:10
b:welke_mbo-opleiding 2:12
b:welke_moeilijke 0:18
b:welke_onderdelen 6:28
b:welke_open 1:15
b:welke_opleiding 0:-11 7:20
b:welke_opleidingen 1:17
b:welke_richting 1:21
b:welke_rol 0:19
b:welke_score 0:-20 2:26
b:welke_stap 1:10
b:welke_studie 0:-12 4:29
b:welke_taken 6:33
b:welke_vaardigheden 1:16
b:welke_vakken 2:11
b:welke_van 0:-25 1:69 6:-18
b:welke_verschillende 0:11
b:welke_vraag 0:20
b:welke_vragen 0:20
b:welke_wil 0:10
b:werk_? 5:25
b:werk_het 4:17
b:werk_je 0:38 4:-13
b:werk_kun 0:-11 1:10
b:werk_op 5:20
b:werk_past 1:27
b:werk_zou 0:-18 4:15 7:12
b:werkdag_van 0:10
b:werken_? 5:28
b:werken_of 0:11
b:werken_op 0:15 5:-16
b:werkexploratie_welk 0:12
b:werkt_al 3:13
b:weten_over 1:11
b:weten_wat 0:-17 7:20 8:20
b:wie_de 7:11
b:wie_gaat 1:16
b:wie_heeft 0:11
b:wie_in 7:11
b:wie_is 3:17
b:wie_je 0:17
b:wie_kan 0:12
b:wie_nu 7:12
b:wie_te 7:16
b:wie_van 0:-14 3:45 5:-11
b:wie_voor 0:18
b:wie_zou 0:15
b:wij_hebben 0:-14 8:22
b:wil_je 0:18 1:16 3:-11 5:-28 6:-34 7:-17 8:14
b:wil_jij 4:17
b:willen_? 0:-10 4:13
b:willen_bekijken 0:11
b:willen_doen 7:12
b:willen_proberen 1:13
b:willen_weten 0:-12 5:20
b:wilt_? 0:-24 1:22 4:13
b:wilt_meelopen 0:17 7:-13
b:wilt_u 6:11 7:12
b:wiskunde_b 8:12
b:wiskunde_c 2:12
b:wist_? 0:17
b:wist_je 0:-24 4:14
b:wonen_en 2:16
b:woon_je 0:-17 5:23
b:word_je 8:18
b:word_jij 8:20
b:worden_? 8:15
b:worden_vaak 4:11
b:wordt_een 1:25
b:wordt_het 0:-26 1:-10 7:33 8:14
b:wordt_je 7:21
b:wordt_toegelaten 2:14
b:zag_je 2:22
b:ze_wil 0:-18 3:21
b:zeggen_dat 0:14
b:zegt_dat 1:12
b:zegt_het 0:-30 1:18 2:17
b:zegt_jouw 2:11
b:zei_dat 0:11
b:zeker_dat 4:20
b:zelf_? 1:12
b:zelf_het 0:23
b:zelf_in 7:22
b:zelf_nog 0:-11 1:16
b:zelf_voor 0:14
b:zet_ik 8:11
b:zet_jezelf 3:18
b:zetten_? 0:-12 1:14 6:14
b:zie_je 0:37 1:-11 2:10 4:12 5:-15
b:zie_jij 1:20
b:zie_jou 8:20
b:ziekenhuis_ligt 5:14
b:zien_? 0:17
b:zien_dat 6:22
b:zien_die 6:12
b:ziet_? 0:13
b:ziet_de 0:-10 6:13
b:ziet_een 0:13
b:zijn_? 2:15
b:zijn_een 0:14 3:14
b:zijn_er 1:12
b:zijn_geen 4:18
b:zijn_je 6:16
b:zijn_motieven 0:19 8:-10
b:zijn_niet 1:16
b:zijn_nog 6:18
b:zijn_om 0:-26 2:14 8:36
b:zijn_vaak 4:19
b:zijn_verder 0:-12 3:19
b:zijn_voor 1:17
b:zit_dat 0:-18 3:21
b:zit_er 0:26
b:zit_je 0:-30 8:11
b:zit_jij 0:-10 2:16
b:zo'n_moment 0:15
b:zo_in 8:13
b:zo_snel 0:-16 1:15 4:12
b:zo_vaak 1:-17 5:55
b:zo_weinig 1:28
b:zoals_de 4:15
b:zoals_jij 4:14 8:15
b:zodat_het 6:10
b:zodat_je 2:15 6:10
b:zoek_jij 4:16
b:zonde_van 8:12
b:zonder_dat 0:14
b:zonder_stageplek 7:17
b:zonder_veel 1:11
b:zorg_? 0:10 1:16
b:zorg_dat 0:-11 6:19 7:13
b:zorg_is 0:22
b:zorg_jij 5:12
b:zorg_te 0:-16 5:22
b:zorg_voor 5:14
b:zorgen_dat 7:12
b:zou_dat 3:20
b:zou_het 1:21 8:16
b:zou_ik 0:-10 4:16
b:zou_je 0:43 1:-11 2:-18 4:18 6:-12 8:19
b:zou_jij 0:19 1:-11 2:16 3:20 4:-19
b:zou_verstandig 0:-13 8:17
b:zullen_we 4:12 8:19
b:zwakke_leerling 0:-17 1:12 8:12
q:<grade> 0:-19 2:20 4:-13 5:-12
q:<num> 6:13
q:aan 2:12 3:-13 4:28
q:aanpakken 1:27
q:achter 0:25
q:advies 0:18
q:af 1:11 6:14
q:afgerond 0:12
q:afgevinkt 0:-15 6:19
q:afspraken 1:19
q:aftekenen 6:14
q:al 0:-41 2:-11 3:16 5:-29 6:108
q:alle 6:27
q:allemaal 6:12
q:als 1:23 2:-15 3:25 4:22 7:-21
q:altijd 1:36 3:-12
q:andere 3:24 8:16
q:anderen 0:20 1:-10
q:anders 0:23 1:-14 3:30 4:12 6:-13
q:b 0:16
q:baan 4:13
q:bakker 0:18
q:bbl 4:13
q:beantwoord 6:20
q:bed 5:18
q:bedrijf 0:23
q:bedrijven 1:19
q:beetje 4:13 5:26 7:21
q:begeleider 0:-18 6:16
q:begint 0:13
q:behaald 6:16
q:bekeken 0:18
q:bekijken 4:11
q:belangrijk 4:11
q:ben 0:23 3:23 5:16
q:bent 1:20 3:-13
q:bereid 4:10
q:bereik 0:11 2:13
q:bereiken 3:19
q:beroep 0:13 1:36 4:22
q:beroepen 0:19 1:12 4:14
q:beroepsgerichte 2:13
q:beroepskeuze 0:-26 1:41
q:beschut 0:-22 4:39
q:beslissing 0:16
q:best 4:25
q:beste 3:21
q:betalen 5:31
q:betekent 5:22
q:beter 3:10 4:18
q:bewijs 0:-15 6:23
q:bezig 0:26
q:bezocht 1:-10 3:23
q:bezoeken 0:-12 4:15
q:bij 0:-19 5:14 6:-51 7:-26 8:-24
q:bijbaan 0:12 5:18
q:bijgebleven 0:28
q:bijvoorbeeld 5:29 6:-16
q:binnen 0:13 6:14
q:biologie 2:16
q:blij 0:11
q:blijft 0:-20 1:26
q:blijven 0:-25 5:22
q:bouw 0:16
q:bouwen 2:16
q:boven 0:-10 2:16
q:bpv 0:14 3:13
q:broertjes 5:29
q:buiten 0:14
q:cijfer 0:-27 2:93 5:-10
q:cijfers 0:-29 2:73
q:collega's 0:11
q:compleet 6:41
q:cultuur 0:-14 4:40
q:daar 2:21 3:17 6:-13
q:daaraan 0:-23 2:15 3:29
q:daarbij 1:15
q:daarin 0:12
q:daarmee 0:-10 2:27 5:16
q:daarop 1:16
q:daaruit 0:14
q:daarvan 0:-14 4:19
q:dag 0:19 4:-12
q:dagen 0:20
q:dan 1:42 2:30 6:-22 7:-12
q:dat 0:-18 1:34 3:30 5:-24 6:-60 7:14 8:-36
q:de 0:-14 1:22 4:-16 5:22 6:16 7:-11
q:deadline 0:11
q:deed 0:32
q:deel 0:11
q:delen 0:11
q:denk 5:-24 6:-20
q:denken 2:11
q:denkt 2:13 5:12
q:deze 0:35 2:12 6:16
q:dezelfde 0:16
q:dichterbij 0:15
q:die 0:49 2:35 3:26 4:-16 6:-19
q:dingen 0:11 1:15
q:dit 0:18 1:-18 2:24 4:-11 7:26
q:doe 0:10 4:-11
q:doen 0:-36 1:20 4:-26 5:-17 6:-13 7:18
q:door 5:11 6:23
q:doorslag 0:13
q:dossier 6:19
q:draag 5:11
q:draaien 0:13
q:duits 0:-14 2:24
q:durf 0:14
q:dus 0:-11 4:42 7:23
q:echt 7:28
q:economie 1:17
q:een 0:41 1:18 3:-27 6:-33 7:-25 8:-23
q:eens 0:19 3:33 5:-20 6:-18
q:eerst 8:14
q:eerste 0:11
q:eerstejaars 3:12
q:eet 0:-21 5:50
q:eigen 1:24
q:eigenlijk 0:-16 1:46 4:11 5:25
q:eindcijfer 0:-12 2:33
q:eindelijk 0:-19 1:22
q:elke 0:14 6:18
q:en 0:45 1:-52 2:48 3:-14 4:-14 5:24 6:23 7:-19
q:engels 1:27 5:-14
q:er 1:26 4:-19 5:22 6:39 7:-11
q:eraan 0:-24 1:25 7:11
q:ergens 1:14
q:ernaar 7:21
q:eruit 0:13
q:eruitziet 0:11
q:ervan 0:19
q:ervoor 0:-16 2:15 3:15 7:13
q:eten 5:15
q:even 3:11 5:-12
q:familie 0:-11 5:23
q:fijn 4:12
q:formulier 6:11
q:fout 0:17
q:ga 0:-20 1:24 3:11 6:-16 7:16 8:-15
q:gaan 0:-26 2:19
q:gaat 0:-16 4:-11 5:24 6:-11 7:12
q:gaf 0:18
q:gastles 6:11
q:gebeuren 2:15
q:gebracht 0:11
q:gebrek 1:31
q:gebruik 5:26
q:gedaan 0:22 7:13
q:geen 0:-17 3:14 4:24
q:gekozen 3:12
q:geld 0:15 5:23
q:geleerd 0:19 1:17
q:gemaakt 6:11
q:gemiddelde 0:-34 2:84
q:geneeskunde 3:13
q:genoeg 0:-24 2:27 5:37
q:genomen 0:17
q:geschiedenis 0:12
q:gesprek 0:41 3:-11
q:getekend 6:24
q:gevoerd 5:-11 6:13
q:geweest 5:21
q:gewoon 1:24
q:gezien 1:21
q:gezin 4:15 5:36
q:gezondheid 5:11
q:ging 0:40
q:goed 1:11 4:27 6:-14 7:-11
q:goede 1:24
q:graag 0:35 1:-10 4:12
q:grens 2:17
q:groep 3:14
q:groepje 3:31
q:haalbaar 1:16
q:haalt 2:19 5:12
q:had 0:29
q:halen 0:-21 2:49
q:handen 0:-17 4:31
q:havo 2:18 8:14
q:hbo 4:17 8:12
q:hbo-opleiding 4:-17 8:25
q:heb 0:12 5:11 6:53
q:hebben 1:-10 3:24
q:hebt 1:17 3:19
q:heeft 0:25 1:-28 5:11 6:20
q:heel 0:-10 1:15
q:helpen 0:17
q:helpt 5:15
q:herkansen 0:-18 2:35
q:herken 1:19 4:16
q:het 0:-38 2:-13 4:-12 6:20
q:hielp 0:13
q:hij 3:17
q:hoe 0:54 4:-26 6:-32
q:hoeveel 0:-18 1:-15 2:23 5:12 6:25
q:hoog 2:18
q:hoor 3:13 4:13
q:horen 0:15
q:houd 2:12
q:houden 1:11
q:houdt 1:14 3:15
q:huis 0:10 4:11
q:hun 3:10 4:22
q:huur 5:10
q:idee 1:17
q:iemand 0:12 1:13 5:18
q:iets 0:46 3:23
q:ik 0:20 7:16
q:in 1:20 3:-15
q:ingeleverd 6:26
q:ingevuld 6:26
q:initiatief 1:18
q:inmiddels 0:-13 6:44
q:interessant 0:21
q:invloed 5:18
q:is 0:-39 2:23 6:29 7:34 8:-10
q:jaar 0:35 1:-13 2:17
q:je 0:-12 2:13 3:-60 4:10 6:30 7:-23 8:-43
q:jezelf 1:41 2:-16 3:17 4:11 5:-21
q:jij 1:44 3:101 4:53 6:-14
q:jou 0:30 1:31 2:-14 3:72 4:30 8:-10
q:jouw 0:-61 1:45 3:16 4:18 6:-11 7:11
q:juist 0:20
q:jullie 0:-17 3:38 5:30
q:kader 3:12
q:kamer 0:-13 5:19
q:kan 0:23
q:kant 0:16
q:kantoor 4:16 5:-12
q:keer 1:19 7:21
q:ken 0:26 1:15
q:kerstvakantie 7:11
q:keus 0:12
q:keuze 0:53 2:-23 5:11
q:keuzedeel 4:21
q:keuzes 0:10
q:kies 0:-38 7:24
q:kiest 0:-11 1:17 7:10
q:kiezen 1:30
q:kijk 0:18 2:13 3:-12
q:kijken 2:14 4:13
q:kijkt 1:15
q:klaar 6:23
q:klas 0:-11 3:50
q:klasgenoten 0:-17 1:-17 3:59
q:kleine 5:18
q:klopt 4:17
q:klus 0:12
q:klusje 0:11
q:kom 0:12 1:36
q:komen 0:20
q:komende 0:14
q:komt 0:-21 1:20 3:34 4:12
q:korte 1:18
q:krijg 2:11
q:kun 0:-11 1:30 4:-20 7:15
q:kunnen 0:-11 1:18 5:13 7:20
q:kunt 0:-17 2:19
q:kwaliteit 0:12
q:kwam 1:25
q:laagste 0:-26 2:27
q:laat 0:-16 2:-10 5:14
q:laatst 0:33
q:laatste 1:-11 3:11 5:11
q:land 8:19
q:lang 3:11 7:24
q:last 5:20
q:lastig 1:21
q:laten 6:17 7:20
q:later 2:13 3:12 4:12 5:-10
q:leerbedrijf 0:-10 1:14 6:13
q:leerde 0:16
q:leerling 3:21 4:-12
q:leerlingen 0:-14 3:20 4:11
q:leert 0:19
q:leg 3:10
q:leren 3:11 4:13
q:les 0:10
q:let 0:-12 5:20
q:leuk 0:19 1:13
q:leukst 0:12
q:lever 7:24
q:liefst 0:22
q:liever 0:25
q:ligt 2:13 5:15
q:lijken 3:11
q:lijkt 0:13 8:17
q:lijstje 3:10 7:11
q:lob-punten 5:-11 6:33
q:loopbaangesprek 0:-11 2:14
q:loopbaansturing 0:11
q:los 0:19 1:10 2:-11
q:lukt 3:15 5:16
q:maakt 1:12 3:17
q:maakte 0:17
q:maar 0:15
q:mag 0:-14 2:17 5:11
q:maken 0:16 2:-15 4:15
q:mbo 1:13
q:mbo-opleiding 1:-12 2:12 4:27
q:medicijnen 5:26
q:mee 0:36 3:14
q:meedenkt 0:21
q:meegenomen 0:-15 6:23
q:meekijkt 7:15
q:meeloopdag 6:12 7:12
q:meelopen 0:10
q:meenemen 0:19
q:meer 0:20 1:-13 3:13 4:24
q:meest 5:-26 6:-32
q:meestal 4:13
q:meisje 0:-12 4:31
q:meisjes 4:18
q:mensen 0:21
q:mentorgroep 3:15
q:merk 0:13 5:13
q:merkt 0:20
q:met 0:-14 2:13 3:10 4:13 5:38 7:-21
q:mij 0:22
q:minder 3:16
q:minimaal 6:15
q:minst 1:21
q:mis 0:-13 1:43
q:mist 1:16 3:-12
q:mocht 0:13
q:moeder 0:-19 5:10 6:21
q:moeilijk 1:15
q:moeilijke 0:18
q:moeite 0:11
q:moet 1:32 2:15
q:moeten 0:-11 3:18
q:moment 5:22
q:mooi 2:13
q:motivatie 1:20
q:na 1:24 8:16
q:naar 2:10 3:-24 5:12 6:-18
q:naast 0:-10 3:21 5:22
q:nacht 5:26
q:natuurlijk 4:23
q:nederlands 0:-12 1:35
q:neem 0:15
q:nemen 0:-14 1:14 2:-11 3:12 4:12 8:25
q:net 3:22
q:niemand 0:12 4:10
q:niet 0:44 1:-32 3:57 5:-15 6:10 8:10
q:nieuwe 0:20
q:nieuws 0:14
q:nieuwsgierig 0:23
q:niveau 1:10 8:13
q:nodig 0:-14
q:nog 0:-32 1:12 4:-30 6:45
q:nooit 1:37 3:-11
q:nu 0:20 1:-19 2:13 5:31
q:of 0:59 1:-20 3:23 4:-14 5:21 6:-12
q:om 4:-32 5:28 6:-28 7:-14
q:omhoog 2:25
q:omlaag 0:-22 2:29
q:onder 1:30
q:onderdeel 0:12
q:onderdelen 6:31
q:ondertekenen 6:14
q:onderwerp 0:24
q:onderzoeken 4:14
q:onlangs 0:17
q:ontbreekt 0:-20 6:21
q:ontbreken 6:18
q:onvoldoendes 2:27
q:ooit 1:32
q:ook 4:51
q:op 0:17 3:23 7:24
q:open 0:17 3:12 4:-10
q:opleiding 1:16 2:-21 5:11 6:-26
q:opleidingen 0:15 1:13
q:oplossen 1:24
q:orientatie 3:20
q:ouders 0:-25 4:28 5:46 6:16
q:over 0:41 1:17 2:19 3:-20 4:-13 6:-22
q:overwegen 4:19
q:pabo 0:-14 2:29 8:16
q:pak 0:-12 4:18
q:pakket 5:17
q:pakte 0:11
q:passen 0:-14 4:34
q:past 0:-34 1:12 2:31 4:49 8:-12
q:per 5:28
q:periode 2:21
q:pie 0:-14 1:34
q:plaats 8:12
q:plan 3:13 5:21 6:34
q:plannen 3:14 5:24
q:plant 0:-16 1:26
q:plek 0:12
q:plezier 0:11
q:portfolio 0:-11 3:10 6:27
q:praat 5:10
q:praktijkbegeleider 0:17
q:praktijklessen 1:11 5:13
q:praktisch 0:-12 4:18
q:precies 5:12
q:proberen 1:12
q:profiel 2:24
q:profielkeuze 6:18
q:profielkeuzeformulier 5:-24 6:48
q:profielwerkstuk 2:30
q:project 1:13
q:psycholoog 0:-16 5:43
q:punten 1:16 2:12
q:rapport 0:-19 2:56
q:rapportcijfers 0:-28 2:39
q:regelen 3:10
q:rest 0:-19 1:22 3:16 6:12
q:richting 1:18
q:risico 0:16
q:rol 0:13
q:rond 5:28
q:route 0:12
q:routes 0:12
q:samen 1:11
q:scheiding 5:11
q:scheikunde 2:13
q:schermen 4:13
q:school 0:16 6:11
q:schoolexamen 0:-17 2:30
q:schooljaar 5:-10 6:24
q:schoolvak 0:12
q:schulden 0:-16 5:57 6:-19
q:score 0:-24 2:31
q:sector 1:13 8:12
q:sinds 5:28
q:slaap 5:42
q:slecht 0:-17 1:26
q:slik 5:18
q:slimmer 8:13
q:snel 0:-11 7:21
q:snuffelstage 4:19
q:somberheid 5:15
q:soort 0:12
q:spreekt 0:24
q:spreken 0:-11 4:30
q:sta 0:-12 3:31
q:staan 0:-21 2:23 5:-10 6:36 7:11
q:staat 0:-32 1:21 3:12 5:-15 6:39
q:stage 0:10 2:-13 3:11 5:21 6:-10
q:stage-uren 6:12
q:stap 0:25
q:stappen 0:-15 6:22
q:steeds 0:-27 1:27 5:32 6:-16
q:stel 0:11
q:straks 1:18 5:11
q:student 1:10
q:studie 2:17 4:33
q:studiekeuze 0:-23 2:19 3:28
q:studies 4:14
q:stuk 1:26
q:taal 1:11
q:taken 0:-17 6:33
q:te 0:-16 1:23 2:18 3:-15 4:-11 6:-24
q:techniek 0:-20 1:14 2:21 4:17 5:-11
q:technisch 4:13
q:tegen 0:-21 1:25 3:13 5:15
q:tegenaan 2:13
q:tempo 0:26 4:-11
q:terug 0:23
q:terugdenkt 0:10
q:tevreden 2:18
q:thuis 0:-10 5:112 8:11
q:thuiszorg 5:18
q:tijd 0:27 5:11
q:tijdens 0:22
q:toch 1:39 4:30 8:19
q:toe 6:10
q:toen 0:30
q:toets 2:17
q:toetsen 0:-13 2:39
q:toetsweek 5:16
q:tot 3:15 6:16
q:trekt 0:13 1:20 2:11 4:21
q:trok 0:28
q:trots 0:12
q:tussen 5:15
q:twee 1:13
q:twijfel 0:22
q:typische 4:31
q:u 0:-12 3:-13 5:23 7:20
q:uit 1:-14 2:-11 3:17 6:15
q:uitdaging 0:14
q:uitzoeken 0:42
q:uur 5:46
q:uw 5:35 7:15
q:vaak 0:-22 2:-10 4:16 5:69
q:vaardigheden 1:16
q:vader 0:-19 5:32 6:10
q:vak 0:12 2:19 4:14
q:vakken 2:18
q:valt 3:10
q:van 2:-17 3:26 4:-25 5:14 7:-26
q:vandaag 2:-12 6:17 7:19
q:vast 4:29
q:vaste 4:12
q:verbeteren 0:-14 2:22
q:verder 0:17 1:26 3:17
q:verdient 0:13
q:vergaat 4:11
q:vergat 0:13
q:vergeleken 3:16
q:vergelijken 0:14
q:verhaal 0:25
q:verkennen 0:28
q:verplichte 5:-12 6:26
q:verschillende 0:12
q:verslagen 1:26
q:verst 3:26
q:vervolgopleiding 2:11 5:25
q:verwacht 2:19
q:vijf 3:26 6:22
q:vind 0:41 4:11 8:21
q:vinden 0:-19 1:22 4:23
q:vindt 0:19
q:voedselbank 5:21
q:voel 0:14 5:13
q:voelde 0:30
q:voelt 3:25 5:11
q:vol 4:16 6:11
q:voldoende 2:22
q:volgen 6:11
q:volgende 0:22 2:22
q:volgens 1:-17 2:18 3:19
q:vond 0:31
q:voor 1:11 2:91 4:13 5:36
q:vooral 0:-17 2:17 4:17
q:voordat 0:-15 2:16 7:13
q:vraag 0:34 7:25
q:vraagt 0:-11 2:14
q:vragen 0:15 1:14 6:15
q:vriend 3:12
q:vrienden 0:14
q:vroeg 0:21
q:vso-leerlingen 4:23
q:vul 6:22
q:vwo 0:-11
q:waar 0:59 1:14 5:-16 6:-12
q:waarbij 0:11
q:waarin 0:18
q:waarom 0:-13 1:42 3:52 4:-10 6:-14
q:wacht 7:20
q:wanneer 0:14 1:-12 4:-10 6:25 7:33
q:waren 2:21
q:was 0:30 1:-15 2:16 5:16
q:wat 0:66 1:13 3:16 5:-38 6:-30 8:-44
q:we 0:-14 1:13 2:19 8:20
q:week 0:14 2:-10 5:14 6:19
q:weet 1:-13 3:16 4:16
q:weg 0:-17 1:25 2:15
q:weinig 1:24
q:weken 0:15
q:wel 0:-36 1:13 3:25 5:59 6:-13
q:weleens 5:17
q:welk 0:49 2:33 3:-32 4:22 5:-39 6:-29
q:welke 0:50 1:28 2:16 4:35 5:-48 7:-11
q:werd 0:13
q:werk 0:42 1:10 2:-16 3:-19 4:14 6:-15
q:werkdag 0:20
q:werkexploratie 0:12
q:werkgever 1:11
q:werkplek 4:15
q:werkstuk 0:19
q:werkt 0:16
q:weten 0:16 3:14 7:23
q:wie 0:52 3:39 4:-13 6:-12
q:wil 0:25 5:-28 6:-34
q:willen 0:29
q:wilt 1:12 3:-11 4:15 5:-20 7:18
q:wiskunde 2:23
q:wist 4:13
q:woon 0:-17 5:23
q:worden 3:17
q:wordt 0:-34 5:12 7:24 8:16
q:zag 0:13
q:ze 0:19
q:zegt 0:-40 2:31 5:19
q:zeker 4:19
q:zelf 0:47 1:22
q:zet 1:12 3:23
q:zetten 6:12
q:zich 3:15
q:zie 0:23 2:12 4:11 5:-17
q:ziek 1:-11 5:25
q:zieke 5:13
q:ziekenhuis 5:14
q:ziekte 5:22
q:zien 0:29
q:ziet 0:26
q:zijn 0:-43 2:11 4:14 5:-20 6:26
q:zit 1:-17 2:20 3:16
q:zitten 0:-11
q:zo 0:-52 1:64 5:18
q:zo'n 1:25
q:zoals 0:27
q:zodat 6:21
q:zoek 4:22
q:zoekt 4:15
q:zomer 1:22
q:zonder 0:-31 1:45 7:12
q:zorg 0:-12 5:33
q:zorgberoep 4:13
q:zorgen 7:12
q:zou 0:56 1:-10 3:19 5:-10 6:-14 8:15
q:zulk 0:15
q:zullen 4:12 8:19
q:zwaar 0:12
q:zwakke 0:-23 1:41
s:comparative-dan 3:16 8:11
s:compare 1:-19 2:-11 3:103 5:-44 7:36 8:-21
s:exclamation 0:-35 8:30
s:grade 0:-22 2:62 3:12 4:-28 5:-16 6:14
s:imperative-first 0:88 1:-25 2:-26 4:25 6:73 7:52 8:-16
s:long 0:39 1:-17 8:-40
s:medium 0:88 3:-15 4:-34 5:44 8:-23
s:modal 0:24 3:-12 5:-21 6:11 7:15 8:50
s:negation 0:-14 1:32 2:-31 4:64 5:-10 6:-19 7:89 8:12
s:number 0:-28 2:80 3:17 4:-19 5:-14 6:70 7:39
s:question 3:11 4:32 5:33 7:-28 8:-79
s:question-word-first 0:49 1:58 2:25 3:26 4:-36 5:-73 6:-35 8:-25
s:several 0:-54 1:14 3:37 4:88 6:-13 7:31 8:-38
s:short 1:-31 2:-48 3:26 4:41 5:-57 8:106
s:statement 0:49 2:-43 3:-31 5:-42 6:-28 8:102
s:why-not 0:-18 1:41 3:23
s:you-modal 0:12 3:-11 5:-29 6:-17 7:-11 8:25
s:you-negation 1:59 2:-25 3:21 6:-16 7:15 8:13
s:you-question 1:13 4:32 5:46 6:16 7:-19 8:-66
s:you-statement 0:-93 1:51 4:-51 5:-12 6:-19 8:56
w:! 0:-35 8:30
w:% 6:28
w:/ 0:49 6:14 8:-22
w:<grade> 0:-22 2:62 3:12 4:-28 5:-16 6:14
w:<num> 0:-12 2:12 6:50 7:30
w:? 3:14 4:35 5:35 7:-25 8:-69
w:aan 0:29 4:30 8:-14
w:aandacht 8:11
w:aangemeld 7:11
w:aanmelddatum 7:25
w:aanmelden 0:23
w:aanmelding 7:11
w:aanmeldt 0:23 8:-13
w:aanpakken 1:27
w:aanraking 1:21
w:achter 0:16 2:-11
w:achteraf 0:21
w:achtergrond 4:18
w:achterstand 0:-23 1:23 8:22
w:activiteit 6:11
w:adhd 0:-14 4:28
w:advies 0:15 8:15
w:af 0:-16 1:24 6:26
w:afgerond 0:29 6:16
w:afgevallen 5:12
w:afgevinkt 0:-56 6:25 8:27
w:afspraken 1:35
w:aftekenen 6:14
w:al 1:11 2:-11 3:91 5:-27 6:85 8:-25
w:alle 0:-32 5:-10 6:53
w:alleen 2:-11 8:-12
w:allemaal 3:37 6:12
w:alles 1:23
w:als 0:27 2:-27 3:12 4:53 5:-15 7:24
w:altijd 0:12 1:45 3:-17
w:ander 0:14 7:11
w:andere 0:13 3:53 8:21
w:anderen 0:42
w:anders 0:36 1:-14 3:21 4:19 7:64 8:-16
w:april 7:11
w:autisme 4:17
w:b 0:16 8:14
w:baan 4:39
w:bakker 0:18
w:bank 4:17
w:bbl 0:10 4:13
w:bbl'ers 0:-13 4:20
w:bbl-traject 8:12
w:bbl-werkplek 1:15
w:beantwoord 6:19
w:bed 5:18
w:bedrijf 3:19
w:bedrijven 1:16 6:-10
w:beetje 4:13 5:26 7:21
w:begeleider 0:-25 6:29
w:begin 0:15
w:beginnen 0:22
w:begint 0:27
w:begrip 4:15
w:behaald 6:23
w:behalve 0:-27 1:29 3:12
w:beinvloeden 0:-15 5:26
w:bekeken 0:11
w:bekende 0:20 8:-13
w:bekijken 4:11
w:bel 7:23
w:belangrijk 4:11
w:belangstelling 0:11
w:ben 0:13 1:-20 3:20 6:-30
w:benieuwd 0:14
w:benoemen 0:11
w:bent 0:-45 1:38 2:-19 3:-26 4:29 5:19 7:-20 8:20
w:bepaalt 0:13 7:16
w:bereid 4:10
w:bereik 0:11 2:13
w:bereiken 3:19
w:beroep 0:41 1:39 4:26
w:beroepen 0:61 1:13 8:-12
w:beroepenmarkt 0:-10 6:29
w:beroepentest 6:14 8:32
w:beroepsgerichte 2:13
w:beroepskeuze 0:-26 1:41
w:beschut 0:-22 4:39
w:besef 0:-11 7:19
w:beslissing 7:23
w:besloten 0:-14 8:22
w:best 1:17 4:22
w:bestaat 0:16
w:beste 3:29 8:27
w:betalen 5:31
w:betekenis 0:14 8:-11
w:betekent 0:-12 5:24 7:16
w:beter 0:-16 3:24 4:51 7:-13 8:47
w:betere 8:12
w:bewegen 0:19 8:-11
w:bewijs 6:16 7:11
w:bezig 0:25
w:bezocht 0:-12 1:-13 3:35 6:16
w:bezoeken 0:-12 4:15
w:bieden 0:13
w:bij 4:-15 5:16 6:-31 7:-24 8:-22
w:bijbaan 0:29 1:-11 5:18
w:bijgebleven 0:28
w:bijvoorbeeld 0:20 5:30 6:-18
w:binnen 0:28 2:21 6:23
w:biologie 2:16
w:bleef 0:18
w:blijf 1:13
w:blijft 0:-15 1:45
w:blijkt 8:17
w:blijven 0:-22 4:12 5:21
w:blik 0:13
w:boek 1:20
w:bouw 4:21
w:bouwen 2:16
w:boven 2:16
w:bpv 6:12
w:bpv-begeleider 0:14
w:broer 3:27
w:broertjes 5:29
w:brood 8:16
w:bruikbaar 0:11
w:buiten 0:31
w:c 2:12
w:checklist 8:10
w:cijfer 0:-31 2:89 8:32
w:cijferlijst 0:-10 2:33
w:cijfers 0:-23 2:92 8:21
w:collega's 0:13
w:combineert 5:14
w:competenties 0:-14 6:27
w:compleet 6:48
w:compliment 0:13
w:computers 1:16
w:concentratie 0:-13 1:20 5:25
w:conclusie 8:16
w:concreet 0:12
w:concrete 0:12
w:contact 0:34
w:contacten 0:15
w:creatief 0:-11 4:15
w:cultuur 0:-19 4:39
w:cv 8:13
w:daan 3:20
w:daar 2:15 3:15 6:-21 8:31
w:daaraan 0:-23 2:15 3:29
w:daarbij 1:15
w:daarin 0:12
w:daarmee 2:28 5:17
w:daarna 7:44
w:daaronder 5:12
w:daarop 1:16
w:daaruit 0:14
w:daarvan 0:-14 4:19
w:dacht 0:15
w:dag 0:30 1:13 4:-22 5:-13 8:-20
w:dagen 0:14 3:10 7:12
w:dan 1:17 2:13 5:-19 6:14 7:-13
w:dat 0:13 1:25 3:13 4:-12 5:-12 6:-14
w:de 0:17 1:-19 2:-13 3:15 4:-21 8:13
w:deadline 0:17 7:15
w:decaan 6:21 8:-16
w:deed 0:36 3:15
w:deel 0:17
w:degene 3:18
w:delen 0:36 8:-12
w:denk 3:13 4:14 5:-17 6:-15 7:39
w:denken 2:11
w:denkers 4:21
w:denkt 2:13 5:10
w:derde 0:12
w:detailhandel 1:13
w:deur 0:10
w:deuren 8:25
w:deze 1:-16 3:-17 4:-13 5:-17 6:17 8:11
w:dezelfde 0:17
w:dichtbij 0:16
w:dichterbij 0:15
w:die 0:27 1:23 2:21 3:28 4:-38 6:-11 7:-31
w:dierenarts 0:13
w:ding 0:-12 1:15
w:dingen 0:26 1:25
w:dinsdag 7:13
w:diploma 7:10 8:15
w:dit 1:-16 2:22 3:-10 4:-16 5:-13 6:31 8:16
w:doe 0:-11 4:-10 6:15 8:25
w:doen 0:-33 4:11 6:-17
w:doet 0:57 8:-24
w:door 0:29 1:-11 2:21 5:11 6:19
w:doorgaat 7:15
w:doorslag 0:13
w:doorzetter 1:34
w:doorzettingsvermogen 1:21
w:dossier 6:23
w:draag 5:11
w:draagt 0:-10 4:16
w:draaien 0:13
w:draait 5:19
w:drie 0:-28 1:20 2:13 3:14 6:40
w:droom 0:-11 8:14
w:duidelijk 1:19
w:duits 0:-18 2:39
w:durf 0:14
w:durfde 0:17
w:dus 0:-41 4:80 6:11 7:25 8:24
w:dyslexie 0:-13 4:32
w:e 7:12
w:echt 0:18 7:31
w:echte 0:-11 4:35
w:economie 0:-15 3:-13 5:-13 7:-11 8:16
w:een 0:29 3:-25 4:27 5:-46 6:-56
w:eenmaal 0:-11 1:11 4:16
w:eens 2:33 3:39 6:-34 7:-23 8:-18
w:eerlijk 0:-23 1:37 8:16
w:eerst 2:12 7:-12 8:25
w:eerste 0:50 2:15 8:-11
w:eerstegeneratiestudenten 0:16
w:eerstejaars 3:12
w:eet 0:-21 5:50
w:eigen 0:61 1:24 8:-19
w:eigenlijk 0:-24 1:43 4:21 5:27 8:24
w:eindcijfer 0:-12 2:33
w:eindelijk 0:-19 1:22
w:elektricien 3:23
w:elk 0:13
w:elkaar 0:21
w:elke 0:22 6:51
w:en 0:85 1:-35 2:33 3:-18 4:-34 5:17 7:23 8:-23
w:energie 0:29
w:engels 1:26 5:-13
w:enige 0:-13 3:16
w:entree 0:-11 8:15
w:er 1:15 3:-23 4:-45 5:24 6:38 8:-14
w:eraan 0:-16 1:25 7:11
w:erbij 6:10
w:erg 0:-13 5:18
w:ergens 1:14
w:ermee 0:11
w:ernaar 7:21
w:erom 7:13
w:eruit 0:13
w:eruitziet 0:11
w:ervan 0:19
w:ervaring 0:47 8:-13
w:ervaringen 0:11
w:ervoor 2:16 3:15
w:eten 5:15
w:even 3:12 5:-11 6:43 8:-14
w:examen 2:11
w:excursie 7:12
w:extra 0:-15 8:13
w:f 2:20
w:familie 5:24
w:februari 0:18
w:feedback 0:19
w:fijn 4:12 5:12
w:fijnst 4:11
w:formulier 6:11
w:foto 6:18
w:fout 8:31
w:frans 2:17
w:ga 0:-24 1:19 6:-18 7:17 8:10
w:gaan 0:-64 7:-21 8:11
w:gaat 0:-12 1:22 2:22 5:51 6:-11 7:14 8:-10
w:gaf 0:18
w:gebeuren 2:15
w:gebracht 0:11
w:gebrek 1:31
w:gebruik 5:26
w:gebruikt 0:-12 5:20
w:gedaan 0:-20 3:29 8:42
w:geef 1:20
w:geeft 0:21
w:geen 0:-31 1:11 4:44 6:-26 7:42
w:gehaald 0:-13 2:39
w:gehad 0:12
w:gekozen 3:15 7:21 8:19
w:geld 0:22 5:23
w:geleerd 0:21 1:17
w:gemaakt 0:24 6:12
w:gemiddeld 2:16 5:10
w:gemiddelde 0:-33 2:94
w:geneeskunde 3:14 8:12
w:genoeg 0:-30 2:26 5:37
w:genomen 0:16
w:gerust 0:29
w:geschiedenis 0:14
w:geschikt 0:-17 1:17 8:12
w:gesprek 0:22 3:-11 6:35 7:24
w:gesprekken 0:14
w:getekend 6:24
w:geven 0:12
w:gevoerd 0:-21 5:-11 6:36
w:gevonden 3:15
w:gevuld 6:24
w:geweest 5:21
w:gewend 0:46
w:gewerkt 5:13
w:gewone 0:19
w:gewoon 1:18 8:48
w:geworden 3:23
w:gezegd 1:13 8:16
w:gezien 1:21
w:gezin 0:-34 4:15 5:37 8:33
w:gezondheid 5:12 8:11
w:ging 0:51
w:goed 3:-14 4:27 6:-27
w:goede 1:21
w:graag 0:60 4:16
w:grens 2:17
w:groeit 0:18
w:groen 0:-13 6:30
w:groep 2:15 3:25 7:14
w:groepje 3:31
w:groot 8:11
w:grote 4:22 8:-22
w:haal 7:10
w:haalbaar 1:15
w:haalde 2:12
w:haalt 2:19 5:11
w:haar 5:12
w:had 0:21 1:-15 3:20
w:halen 0:-19 2:50
w:hand 0:-10 4:26
w:handel 4:10
w:handen 0:-20 4:34
w:handig 1:15
w:handtekening 7:14
w:handtekeningen 6:33
w:havist 4:11
w:havisten 4:21
w:havo 0:-15 2:17 3:21 8:44
w:hbo 4:37 8:19
w:hbo-opleiding 4:-17 8:26
w:he 1:11
w:heb 6:33
w:hebben 0:-50 1:-34 5:-14 6:10 7:-27
w:hebt 6:26 7:14 8:-28
w:heeft 0:-25 1:-21 2:-17 3:27 4:-26 6:16 7:36 8:11
w:heel 2:15 8:-11
w:helemaal 0:12 4:21 8:-24
w:helft 0:-11 1:28
w:helpen 0:29
w:helpt 0:42 5:18
w:hem 6:12
w:herfstvakantie 6:15
w:herkansen 0:-18 2:35
w:herken 1:19 4:16
w:het 0:11 2:-15 4:-29 5:-16 6:30 8:12
w:hielp 0:14
w:hier 0:13 6:18
w:hij 0:-20 3:18 7:14 8:17
w:hoe 0:59 2:28 4:-29 5:34 6:-37 8:-17
w:hoef 6:17
w:hoeft 0:12
w:hoeveel 0:-17 1:-15 2:23 5:12 6:25
w:hoger 0:-25 8:23
w:hoofd 0:11 4:15
w:hoofddoek 0:-10 4:16
w:hoog 2:19 8:20
w:hoor 3:13 4:24 8:13
w:hoorde 5:27
w:hoort 0:-14 8:24
w:horeca 4:19
w:horen 4:12
w:houd 2:14 8:16
w:houden 1:11
w:houding 1:23
w:houdt 0:-16 2:-11 6:-17
w:huis 0:11 4:11
w:hulp 0:11
w:hun 0:-15 3:30 4:23
w:huur 5:10
w:idee 0:26 1:10 3:10 7:-11
w:iedereen 0:13 3:10 7:31
w:iemand 0:58 1:18 5:21
w:iets 0:46 4:12 6:-26 7:-27
w:ik 3:-12 5:16 6:18 7:50 8:14
w:in 0:21 4:14 6:35
w:informatie 0:17
w:ingeleverd 0:-17 6:37 7:22
w:ingeschreven 7:11
w:ingesteld 4:13
w:ingevuld 0:-11 6:21 7:18
w:inhoud 6:13
w:initiatief 1:32
w:inleveren 0:-12 5:12
w:inmiddels 0:-13 6:44
w:inschrijving 7:17
w:interessant 0:23
w:interessetest 3:11 8:11
w:interieur 2:16
w:invloed 5:18
w:is 0:-21 4:-10 5:-15 6:17 8:39
w:jaar 0:20 2:15 3:31 4:-15 7:32
w:jaren 7:11
w:je 1:-17 2:20 3:-16 4:-17 5:12 6:55 7:27 8:-17
w:jezelf 0:23 1:46 3:23 4:16 5:-15
w:jij 1:82 3:134 4:60 6:-24 8:39
w:jongen 0:-13 4:28
w:jongens 4:34
w:jou 0:-30 1:68 2:-29 3:55 4:23 5:-20 6:-16 8:46
w:journalisten 0:10
w:jouw 0:-99 1:46 2:-14 3:30 4:25 5:-11 6:-25 8:20
w:jouwe 3:11
w:juist 0:30
w:jullie 0:-20 3:40 5:57 6:11
w:kader 3:17
w:kamer 0:-13 5:19
w:kan 0:37 6:44 8:-21
w:kans 7:21
w:kansen 7:21
w:kant 0:11
w:kanten 0:19
w:kantoor 4:16 5:-12
w:kapper 0:13
w:kappersopleiding 0:-10 8:16
w:keer 1:35 3:-14 7:33
w:ken 0:42 1:14
w:kennen 0:22
w:kent 0:27
w:kerstvakantie 6:19
w:keus 0:12
w:keuze 0:49 2:-14 4:-11 5:11 6:-13 7:43 8:13
w:keuzedeel 4:20
w:keuzemoment 0:13
w:keuzes 0:33 3:14
w:keuzevak 0:23 8:-13
w:kies 0:-73 4:17 7:46 8:58
w:kiest 0:-17 1:19 7:45
w:kiezen 0:19 1:20 4:25 7:-15 8:-11
w:kijk 0:26 2:12
w:kijken 2:14 4:13
w:kijkt 1:14
w:kind 4:16
w:kinderopvang 4:14
w:klaar 6:35
w:klant 0:18
w:klas 0:-15 1:-12 3:58
w:klasgenoten 0:-24 1:-21 3:77
w:kleine 5:19
w:kleiner 7:29
w:klik 6:13
w:klok 7:22
w:klopt 4:17
w:klus 0:19
w:klusje 0:11
w:klussen 0:13
w:knap 0:12
w:kok 8:37
w:kom 1:33 8:11
w:komen 0:21
w:komende 0:14
w:komt 0:-23 1:22 2:-12 3:27 8:-14
w:koos 3:12 8:17
w:koppelt 0:19
w:korte 1:30
w:kost 0:12
w:kreeg 0:10
w:krijg 2:11
w:krijgt 7:29
w:kritiek 0:10
w:kun 0:-25 1:16 4:13 5:-11 7:15 8:-15
w:kunnen 0:-12 1:14 5:32 7:18
w:kunt 0:-20 2:15 7:15 8:17
w:kwaliteit 0:30
w:kwaliteiten 0:40
w:kwam 0:-12 1:24
w:kwijt 1:15 7:15
w:laag 0:-18 1:22
w:laagste 0:-26 2:27
w:laat 5:14 6:18 7:34
w:laatst 0:48
w:laatste 0:-23 1:-12 2:20 3:12 5:19 8:17
w:laborant 8:13
w:land 8:20
w:landbouw 4:20
w:lang 3:12 7:38
w:last 5:20
w:lastig 1:48
w:laten 0:-12 5:-16 7:10
w:later 0:26 1:-18 5:-18 6:-18 7:-16
w:leeftijd 3:10
w:leer 0:11
w:leerbaan 7:23
w:leerbedrijf 0:-19 6:12 7:35
w:leerde 0:16
w:leerjaar 1:23
w:leerling 0:17 1:19 3:17 8:34
w:leerlingen 0:-14 1:-15 3:50 4:29
w:leert 0:31
w:leg 2:14 3:11
w:leggen 0:11
w:lens 0:11
w:leraar 8:15
w:leren 0:21 3:13 4:14
w:les 0:22
w:let 0:-27 5:19 7:11
w:leuk 0:48 1:11 8:-11
w:leukst 0:15
w:leven 7:15
w:lever 0:-20 6:20 7:31
w:levert 8:12
w:lezen 1:15
w:lichamelijke 1:15
w:liefst 0:27
w:liep 0:12
w:liever 0:11 8:17
w:ligt 0:-19 4:13 5:12 6:-14
w:lijken 3:11
w:lijkt 4:18 8:27
w:lijstje 3:11
w:lob 3:14
w:lob-punten 5:-11 6:33
w:logboek 0:-15 7:15
w:loopbaan 0:16
w:loopbaanbegeleider 0:17
w:loopbaanbegeleiding 0:40 8:-17
w:loopbaancompetenties 0:11
w:loopbaandossier 0:-24 6:16 8:15
w:loopbaangesprek 0:-16 2:28 7:13
w:loopbaansturing 0:13
w:los 1:10 2:-12 8:19
w:lui 4:11
w:luisteren 1:14
w:lukt 1:10 3:15 5:16
w:maakt 0:63 1:12 3:18 6:10 8:-20
w:maakte 0:17
w:maand 6:12
w:maandag 7:33
w:maar 0:-14 8:80
w:maart 7:17
w:maatschappij 8:16
w:mag 0:16 2:16 5:12 7:18 8:-16
w:magister 6:17
w:maken 0:26 2:-18 4:11
w:marokkaanse 4:13
w:mbo 1:10 8:28
w:mbo-diploma 0:-10 8:12
w:mbo-opleiding 1:23 2:14 4:31
w:me 1:-18 3:-11 6:11 8:-11
w:medicijnen 0:-19 5:59
w:mee 0:41 6:12 8:29
w:meedenkt 0:22
w:meegenomen 0:-15 6:23
w:meekijkt 7:15
w:meeloopdag 7:22
w:meeloopdagen 0:-12 3:12 6:22
w:meelopen 0:31 7:-12
w:meenemen 0:19
w:meer 0:17 4:23 6:-16 7:13 8:12
w:meerdere 0:11
w:meest 2:11 4:21 5:-22 6:-28
w:meestal 0:-22 4:79
w:meeste 3:13 4:12
w:meet 0:-11 1:19
w:meetlat 0:11
w:mei 0:25 7:15
w:meiden 3:-12 4:20
w:meisje 0:-22 1:-10 4:55
w:meisjes 4:36
w:meld 0:-18 7:31
w:mens 0:12
w:mensen 0:42
w:mentor 5:11 6:12 7:14 8:-13
w:mentorgroep 1:-11 3:21
w:merk 0:17 5:13
w:merkt 0:22
w:met 3:11 4:26 5:24 6:-16 7:-12 8:13
w:meteen 8:15
w:mij 8:15
w:mijn 7:16 8:30
w:mik 0:-20 8:18
w:minder 3:16
w:minimaal 6:15
w:minst 1:21 3:13
w:mis 0:-13 1:43
w:misschien 0:-11 1:12 2:12 4:10 5:20
w:mist 0:-28 1:77 3:-11 7:22 8:-10
w:mocht 0:13
w:module 6:11
w:moe 5:18
w:moeder 0:-31 5:22 6:20 8:14
w:moeilijk 1:15
w:moeilijke 0:18
w:moet 1:24 2:12 3:-12 8:18
w:moeten 0:-20 3:18
w:mogelijke 0:15
w:moment 0:31 5:23 8:-11
w:mooi 0:41 2:15
w:morgen 7:14
w:motief 0:27 8:-17
w:motieven 0:38 8:-17
w:motivatie 1:20
w:na 0:16 2:-14 4:-20 8:36
w:naar 4:-11 6:-41 7:16
w:naast 0:22 3:21 5:23
w:nacht 5:26
w:nadenken 4:20
w:nam 0:17
w:natuur 8:19
w:natuurlijk 4:23
w:nederlands 1:34 3:10
w:neef 3:24
w:neem 0:12 7:16 8:10
w:neemt 7:10
w:nemen 0:-20 1:13 3:12 8:40
w:nergens 0:-17 1:17
w:net 3:21
w:netwerk 0:45 8:-21
w:netwerken 0:19
w:niemand 0:11 4:10
w:niet 1:-39 2:-29 3:13 4:13 5:-23 7:36 8:-18
w:niets 0:-11 7:16 8:14
w:nieuw 1:10
w:nieuwe 0:34
w:nieuwkomers 4:12
w:nieuws 0:16
w:nieuwsgierig 0:33
w:nieuwsgierigheid 0:36 8:-16
w:niks 0:10
w:niveau 0:-18 8:46
w:nodig 0:-21 2:14
w:noem 1:11
w:noemde 0:12
w:noemen 0:15
w:nog 0:-21 1:37 4:-22 5:28 6:91 7:58 8:-42
w:nooit 1:52 3:-12 7:11
w:normaal 0:13
w:noteer 6:11
w:nou 1:19
w:nu 1:-24 5:19 7:14 8:-18
w:of 0:78 1:-29 3:12 5:43 6:-16 8:-33
w:om 0:46 1:13 2:22 4:-30 5:39 6:-33 7:-18
w:omdat 0:-16 4:46
w:omgeving 0:12
w:omhoog 0:-23 2:44
w:omlaag 0:-39 2:49
w:omweg 0:16
w:onder 0:-10 1:31 6:14
w:onderdeel 0:12
w:onderdelen 6:45
w:ondermaats 0:-17 1:12 8:15
w:ondernemen 0:16
w:ondernemer 0:11 4:11
w:ondertekenen 6:14
w:onderweg 0:19 5:-11
w:onderwerp 0:41
w:onderwijs 8:13
w:onderzoeken 0:12 4:14
w:onlangs 0:12 5:24
w:ons 0:19
w:ontbijt 5:24
w:ontbreekt 0:-22 1:19 6:32
w:ontbreken 6:33
w:ontdek 0:11
w:ontdekken 0:12
w:ontdekking 0:10
w:ontwerpen 0:13
w:onvoldoendes 2:29 5:-10
w:ooit 1:32
w:ook 0:53 1:16 3:30 4:32 8:-24
w:op 1:12 3:21 5:-11 6:33
w:opdracht 6:22
w:opdrachten 6:13
w:open 0:28 2:-11 3:18 4:-15 6:15 7:-18
w:opent 0:31 8:-12
w:opgelopen 0:-12 1:22
w:opleiding 2:-15 3:-12 6:-38 8:14
w:opleidingen 0:40 1:14
w:oplossen 1:24
w:opnieuw 0:10
w:oppakt 0:13 1:18 3:-10
w:opties 8:11
w:opvoeding 1:15
w:organiseren 1:21
w:orientatie 3:21
w:ouders 1:-11 4:33 5:52 6:10 7:40
w:over 0:87 2:30 3:-24 4:-16 6:-37 7:17 8:-33
w:overleg 7:10 8:16
w:overlijden 0:-35 5:52
w:overslaan 4:14
w:overwegen 4:19
w:overzicht 6:13
w:overzien 4:11
w:pabo 0:-18 2:44 8:24
w:pak 0:-29 2:22 4:18
w:pakken 3:14
w:pakket 5:17
w:pakte 0:11
w:paraaf 6:31
w:passen 0:-12 4:35
w:past 0:-12 2:38 4:49 6:-14 7:-16
w:per 0:-12 2:15 5:28
w:periode 0:-19 2:48
w:pie 0:-14 1:34
w:pittig 0:12
w:plaats 8:11
w:plan 1:-18 5:14 6:22
w:plannen 0:-16 1:13 5:24
w:plant 0:-16 1:26
w:plek 1:-10 6:-10 7:20
w:plezier 0:18
w:politie 3:10
w:politieacademie 0:-13 8:19
w:portfolio 0:-18 3:22 6:39 7:12
w:praktijk 0:16
w:praktijkbegeleider 0:30
w:praktijklessen 1:11 5:25
w:praktijkonderwijs 0:-24 3:13 4:23
w:praktijkopleider 1:13 6:23
w:praktisch 0:-17 4:31
w:praktische 4:17
w:praten 0:30
w:prater 0:-11 1:15
w:precies 5:12
w:presentatie 0:16
w:prima 0:19
w:proberen 1:12
w:procent 2:19
w:profiel 2:19 4:-11 6:-10
w:profielkeuze 1:11 6:17 7:27
w:profielkeuzeformulier 5:-24 6:48
w:profielwerkstuk 2:29
w:project 1:13
w:psycholoog 0:-16 5:43
w:punten 1:16 2:12
w:raakt 1:10
w:raken 0:12
w:rapport 0:-35 2:78 7:15
w:rapportcijfers 0:-31 2:53
w:realistisch 0:-14 4:27
w:recht 0:19 7:-11
w:rechten 3:14 4:10
w:redden 0:-12 4:23
w:reflectie 7:19
w:reflecties 6:22
w:reflectieverslag 6:15
w:regel 0:16
w:rekenen 7:10
w:rekentoets 2:37
w:rekenvaardigheid 0:-19 1:42
w:relatie 0:-11 5:24
w:rest 0:-16 1:21 3:13 7:14
w:resultaat 0:33
w:resultaten 0:-19 2:16
w:richting 0:31 1:16
w:rij 1:15
w:rijbewijs 0:14
w:risico 0:22
w:roc 1:16 3:13
w:rol 0:21
w:rond 5:52
w:rood 6:15
w:route 0:44
w:routes 0:34
w:ruimte 0:23 7:23
w:rust 8:12
w:rustig 0:21
w:rustige 0:-13 4:26
w:samen 0:45 1:19
w:samenwerken 0:12 1:17
w:sanne 3:17
w:scheiding 5:22
w:scheikunde 2:21
w:schermen 4:13
w:schiet 1:14 7:20
w:schieten 8:12
w:school 0:33
w:schoolexamen 0:-17 2:30
w:schooljaar 6:38
w:schoolvak 0:12
w:schoonmaak 0:-13 4:19
w:schrijf 7:13
w:schrijven 1:19
w:schulden 0:-16 5:57 6:-19
w:scoorde 2:28
w:score 0:-24 2:31
w:sector 1:13 8:16
w:selectie 0:14
w:serieus 0:14
w:sinds 5:40
w:slaap 5:42
w:slagen 2:15
w:slapen 0:15
w:slb'er 0:19
w:slecht 0:-16 1:34
w:slik 5:18
w:slim 0:-13 1:11
w:slimmer 8:13
w:sluit 0:-18 7:17 8:12
w:sluiten 6:11
w:snel 0:-15 1:37 4:10 7:43
w:snuffelstage 4:21 6:11
w:somberheid 5:15
w:soms 0:46
w:soort 0:26
w:spannend 0:12
w:spanningsboog 1:25
w:spreekt 0:24
w:spreken 0:-16 3:14 4:30
w:sta 0:-29 3:40 6:31
w:staan 0:-28 2:24 6:43 8:15
w:staat 0:-43 1:13 4:-11 5:-20 6:60 7:-14
w:stage 0:41 2:-12 3:13 5:21 7:-11 8:23
w:stage-ervaring 0:14
w:stage-uren 6:12
w:stageplek 2:-20 3:13 4:-16 6:-13 8:-21
w:stagiairs 3:15
w:stap 0:58
w:stappen 6:28 8:-10
w:start 0:17
w:steeds 0:-33 1:43 5:32 6:-15 7:11
w:stel 0:33
w:stellen 0:10
w:stelt 2:12
w:sterk 0:33
w:sterker 8:10
w:stil 5:11
w:stop 8:14
w:strakke 0:13
w:straks 0:-22 1:27 2:14 7:21
w:stromen 8:13
w:studeert 3:27
w:student 0:16 1:11
w:studeren 0:11
w:studie 2:11 3:15 4:30
w:studiekeuze 2:19 3:26
w:studiekeuzecheck 0:29
w:studies 4:14
w:stuk 1:26 3:13
w:sturen 8:15
w:stuur 6:12
w:taal 0:19 1:23
w:taken 6:33
w:talen 0:12
w:talent 0:16 1:25
w:te 0:-14 1:29 3:-32 4:-33 6:-12 7:34 8:20
w:team 8:18
w:teamleider 0:-15 7:34
w:techniek 0:-34 1:21 2:16 4:36 5:-12 6:-11 8:12
w:technisch 4:13
w:tegen 0:-13 1:26 3:15 5:17
w:tegenaan 2:13
w:tekent 0:-11 6:21
w:tekort 1:17
w:teksten 1:17
w:telt 0:10 6:18
w:tempo 0:33 4:-11
w:terecht 1:12
w:terechtgekomen 5:23
w:terechtkunt 0:12
w:terug 0:37
w:terugdenkt 0:10
w:tevreden 2:18
w:theoretische 1:13
w:thuis 5:121 7:16
w:thuiszorg 5:17
w:tijd 0:20 5:20 7:15 8:24
w:tijdens 0:26 5:17
w:tikt 7:22
w:toch 1:37 4:28 8:30
w:toe 0:14
w:toegelaten 2:14
w:toekomst 8:24
w:toen 0:30
w:toets 2:23
w:toetsen 2:40
w:toetsweek 5:16
w:toont 1:12
w:tot 0:15 5:-12 7:20
w:trekt 0:17 1:20 2:11 4:21
w:trok 0:28
w:trots 0:23
w:tussen 5:15 7:10
w:tussenjaar 8:32
w:twee 1:15 7:31
w:tweede 0:19 2:13 8:-14
w:twijfel 0:24 7:22
w:twijfelen 8:12
w:twijfelt 3:16 7:19
w:typisch 4:24
w:typische 0:-24 4:45 8:20
w:u 0:-21 5:23 7:17
w:uit 0:-13 1:-27 4:15 5:-13 7:-38
w:uitdaging 0:14
w:uiterlijk 7:13
w:uitleggen 0:14
w:uitslag 0:-24 2:45
w:uitstellen 7:24
w:uitzoeken 0:33
w:universiteit 4:21 8:21
w:upload 6:27
w:uur 5:47 7:13
w:uw 0:-15 5:28
w:vaak 4:101 5:71
w:vaardigheden 1:16
w:vader 0:-23 5:31 8:14
w:vak 0:26 2:37 4:21 8:-11
w:vaker 0:10
w:vakken 1:17 2:18
w:val 7:11
w:valt 0:-18 1:15 6:-11
w:van 3:32 6:30 7:-38 8:-52
w:vandaag 2:-13 7:71
w:vanzelf 0:32
w:vast 0:-15 2:16 4:61
w:vaste 4:13
w:veel 4:31 6:-14 7:-24
w:ver 1:17
w:veranderen 1:10
w:verbeteren 0:-14 2:22
w:verbindt 0:16
w:verder 0:11 1:25 3:36 8:15
w:verdient 8:18
w:vergaat 4:11
w:vergat 0:13
w:vergeet 1:35
w:vergeleken 3:31
w:vergelijken 0:15
w:vergeten 0:-10 7:36
w:verhaal 0:37
w:verkeerde 0:-16 7:31
w:verkennen 0:39 1:10
w:verkoop 4:16
w:verpleegkundige 0:17
w:verplichte 5:-12 6:26
w:verrassingen 0:11
w:verschillende 0:35
w:verslagen 1:26
w:verst 3:26
w:verstandig 0:-13 8:16
w:vertel 1:11 5:34
w:vertelde 1:-10 5:17
w:vertellen 5:21
w:vertelt 0:12
w:vervolgopleiding 2:11 5:25
w:vervolgstap 3:26
w:verwacht 0:-15 1:13 2:19 7:14
w:verwachtingen 0:15
w:verzorgers 0:22
w:via 0:15
w:viel 0:19
w:vier 0:21 8:-11
w:vijf 3:26 6:30
w:vind 0:42 4:11 8:21
w:vinden 0:-18 1:20 4:23
w:vindt 0:45 8:-11
w:vink 6:23
w:vinkje 6:24
w:vluchtelingen 0:-11 4:17
w:vmbo 0:11 1:13
w:vmbo'er 4:11
w:voedselbank 5:21
w:voel 0:14 5:13
w:voelde 0:30
w:voelen 0:17
w:voelt 3:23 5:12
w:vol 4:16 6:23
w:voldoende 0:-15 1:30 2:24
w:voldoening 0:11
w:volgend 7:13
w:volgende 0:42 2:22
w:volgens 1:-18 2:21 3:17 8:34
w:volgt 7:15 8:-13
w:voltooid 0:-26 6:23 8:14
w:vond 0:66
w:voor 1:-13 2:84 3:-18 8:29
w:vooral 0:-18 2:29 4:26
w:voorbeeld 0:-11 3:18
w:voordat 0:-31 2:21 8:-16
w:voorkeuren 0:19
w:voortgang 8:11
w:vorig 3:26
w:vorige 0:15 3:13
w:vraag 0:70 7:16
w:vraagstukken 0:12
w:vraagt 1:28 2:10 8:-16
w:vragen 0:56 1:11 6:12
w:vriend 3:15 5:12
w:vrienden 0:13
w:vrijdag 0:-24 6:18 7:18
w:vroeg 0:37
w:vso-leerlingen 0:-22 4:39
w:vul 0:-23 6:46
w:vwo 0:-13 3:32 8:12
w:vwo'er 4:10
w:waar 0:95 1:33 3:-10 5:-14 6:-11
w:waarbij 0:11
w:waarden 0:47 8:-15
w:waardevol 0:12
w:waarin 0:27
w:waarom 0:-13 1:57 3:54 6:-12
w:waarop 0:20
w:wacht 0:-14 7:53
w:wachten 7:30
w:wandelend 0:18
w:wanneer 0:14 1:-12 4:-10 6:25 7:33
w:want 0:-19 1:11 7:42
w:waren 2:25
w:was 0:39 1:-15 2:35 5:18 8:22
w:wat 0:79 1:26 3:23 5:-26 6:-32
w:we 1:26 2:19 3:-18 6:-11 7:-18 8:20
w:week 2:-11 5:15 6:17 7:33
w:weer 0:11
w:weet 0:29 1:-12 3:24 4:19
w:weg 0:13 1:27 2:17
w:weinig 0:-27 1:80 4:13 8:17
w:weken 7:27
w:wel 0:-35 1:22 3:25 5:56 6:-20 7:27 8:-16
w:weleens 5:17
w:welk 0:66 1:12 2:48 3:-25 4:29 5:-33 6:-25
w:welke 0:66 1:26 2:16 4:36 5:-47 7:-14 8:-12
w:welkom 0:22
w:werd 0:21
w:wereld 8:16
w:werk 0:75 1:12 2:-11 4:17 5:24 6:-13
w:werkdag 0:20
w:werken 0:22 2:-12 3:-12
w:werkexploratie 0:14
w:werkgever 1:11
w:werkhouding 1:29
w:werkplek 0:20 4:17
w:werkstuk 0:19
w:werkt 0:29 3:12 4:-14
w:werkte 0:18
w:werkveld 0:14
w:werkvelden 0:19
w:werkvloer 0:25 1:10
w:weten 0:19 2:-10
w:wie 0:57 3:33 4:-10 5:13 7:86 8:-17
w:wij 0:-14 8:22
w:wijst 0:15
w:wil 4:11 5:-32 6:-30
w:willen 0:24 3:13 5:24
w:wilt 0:45 1:11 3:-10 4:17 5:-18
w:wiskunde 2:30 8:26
w:wist 4:13
w:wo 2:17 8:14
w:woensdag 7:25 8:-14
w:wonen 2:16
w:woon 0:-17 5:23
w:woorden 0:28
w:word 8:52
w:worden 0:-30 1:-14 3:13 7:14
w:wordt 0:-44 1:17 3:-13 4:-12 6:-25 7:45 8:20
w:zag 0:26 2:20
w:zat 3:15
w:ze 0:29 1:-16 3:19 4:-11 8:11
w:zeggen 0:22
w:zegt 0:-29 1:18 2:33 5:20
w:zei 0:16
w:zeker 4:18
w:zekerheid 8:13
w:zelf 0:79 1:36 2:-10 7:16 8:-27
w:zelfstandig 3:13
w:zelfvertrouwen 1:10
w:zet 0:-31 2:17 3:20 4:-11 5:-10 6:28
w:zetten 0:-12 1:25 6:37
w:zich 3:19
w:zichtbaar 0:16
w:zichzelf 1:11 7:11
w:zie 3:-13 5:-15 7:-14 8:29
w:ziek 1:-11 5:25
w:zieke 5:13
w:ziekenhuis 0:-13 5:14 8:10
w:ziekte 5:22
w:zien 0:57 6:23 7:-11 8:-15
w:ziet 0:24
w:zij 0:-18 3:11 8:13
w:zijn 0:-18 4:49 6:18 8:-21
w:zit 0:-16 2:10 3:15 6:-19
w:zitten 0:-26
w:zo 0:-45 1:76 4:14 5:21
w:zo'n 0:16 1:31
w:zoals 0:18 4:37 8:25
w:zodat 0:-13 2:14 6:56
w:zoek 1:14 4:16 8:26
w:zoeken 0:18 1:13 4:15 7:-14
w:zoekt 0:18 4:16
w:zoiets 4:10
w:zomer 0:-20 1:19
w:zonde 8:21
w:zonder 0:-18 1:68 3:12 5:10 6:-11 7:49
w:zorg 2:-10 5:26
w:zorgberoep 4:13
w:zorgen 7:12
w:zou 0:42 3:22 4:21 6:-11 8:66
w:zulk 0:15
w:zullen 4:11 8:18
w:zus 3:35
w:zwaar 0:18
w:zwakke 0:-31 1:41 8:13
`,
};
