"""Word lists and sentence templates for the ordinary (harmless) part of the example export.

Everything is fictional. Ordinary text never names the school, a colleague, a pupil or a parent,
never contains a phone number, e-mail address, postcode, password or swear word, and avoids the
words the confidentiality check looks for: only the planted items (planted.py) may fire a check.
A few ordinary words equal pupils' first names ("grace", "holly", "summer", "ivy", "willow") on
purpose: a single first name must never count as a pupil's name.
"""
import re

WORDS = {
    'dish': ["lasagne", "shepherd's pie", "Thai green curry", "mushroom risotto", "toad in the hole",
             "veggie chilli", "fish pie", "red lentil dhal", "roast chicken", "sausage casserole",
             "chickpea and spinach curry", "homemade pizza", "leek and potato soup", "paella",
             "bangers and mash", "spaghetti carbonara", "chicken fajitas", "beef stew and dumplings",
             "halloumi traybake", "pad thai", "cottage pie", "jalapeño mac and cheese"],
    'bake': ["focaccia", "lemon drizzle", "sourdough", "Welsh cakes", "crème brûlée",
             "cinnamon buns", "banana bread", "Bakewell tart", "hot cross buns", "scones",
             "a Victoria sponge", "flapjacks", "chocolate brownies", "millionaire's shortbread",
             "a carrot cake", "croissants (from scratch!)", "pains au chocolat", "a tarte tatin"],
    'bake_verdict': ["Not pretty but it tastes amazing.", "Gone in eleven minutes flat.",
                     "Dan says it's the best yet, but he says that every time.",
                     "The kitchen looks like a bomb went off.",
                     "Slightly sunk in the middle. We're calling it rustic.",
                     "Definitely making that again.", "Would not pass Paul Hollywood's inspection.",
                     "Noah has already asked for seconds.", "Three attempts and I think I've cracked it."],
    'tea_ending': [" and not a single complaint from the kids 🙌", ". Second helpings all round.",
                   ". Comfort food season is officially open.", " — enough left over for tomorrow too.",
                   ". Recipe from the battered old cookbook Mum gave me in 2009.",
                   ". Lily helped, which means it took twice as long and was twice as fun.",
                   " with far too much garlic. No regrets.", ", eaten in front of the telly. Bliss."],
    'cooking_problem': ["a bit soggy", "bland", "too dry", "like wallpaper paste", "burnt on the bottom",
                        "too salty", "flat as a pancake"],
    'fruit_from': ["blackberries from the hedgerow on the towpath", "plums from next door's tree (with permission!)",
                   "damsons from Mum's garden", "rhubarb from the allotment", "gooseberries from the allotment",
                   "apples from the old tree at the bottom of the garden", "strawberries from the pick-your-own farm"],
    'preserve': ["jam", "chutney", "crumble filling", "jelly", "compote"],
    'num_small': ["three", "four", "five", "six", "seven", "eight"],
    'distance': ["5k", "7 miles", "10k", "12k", "4 miles", "a slow 8k", "a hilly 10 miles", "6k"],
    'run_type': ["run", "easy run", "tempo run", "hill session", "trail run", "recovery jog"],
    'run_where': [" along the canal", " up and over the hill", " round the park", " on the towpath",
                  " in the woods", " by the river", "", " with the club"],
    'run_feeling': ["Legs like jelly.", "Felt surprisingly good!", "Hard going but glad I went.",
                    "Saw a heron, which made up for everything.", "Needed that.",
                    "Cold hands, happy heart.", "Didn't see another soul.",
                    "Three dogs and a deer. Good morning all round.", "Slowest ever, but it counts."],
    'race_reaction': ["absolutely buzzing", "still can't quite believe it",
                      "and I may never walk again", "thank you everyone who cheered",
                      "Dan and the kids were at the finish with jelly babies 🥹"],
    'signup_reaction': ["What have I done.", "Training starts Monday. Probably.",
                        "Someone hold me to this.", "It's for charity so no backing out now!",
                        "Who else is in?"],
    'rest_activity': ["Foam roller and a cup of tea.", "Sofa, blanket, film.",
                      "Long bath and an early night.", "Stretching and regretting yesterday's hills."],
    'weather_cond': ["drizzle", "sideways rain", "fog", "sunshine", "wind", "frost", "mud"],
    'run_reflection': ["Worth it for the bacon sandwich after.", "Onwards.",
                       "The club hot chocolate was well earned.", "Marathon training is no joke."],
    'book_adj': ["Salt", "Quiet", "Glass", "Winter", "Paper", "Hidden", "Lantern", "Orchard", "Silver",
                 "Last", "Drowned", "Borrowed", "Crooked", "Distant", "Amber", "Tidal"],
    'book_noun': ["House", "Garden", "Harbour", "Lighthouse", "Daughters", "Orchard", "Summer",
                  "Letters", "Ferryman", "Island", "Clockmaker", "Weavers", "Choir", "Hours"],
    'author_first': ["Margaret", "Eliza", "Tomas", "Ruth", "Imogen", "Felix", "Harriet", "Anya",
                     "Conrad", "Bridget", "Ottilie", "Rafe"],
    'author_last': ["Quill", "Farrow", "Lindell", "Ashcombe", "Penhaligon", "Vane", "Carrow", "Marchetti",
                    "Holloway", "Dunmere", "Fairbairn", "Stroud"],
    'book_opinion': ["Couldn't put it down.", "Cried on the bus. Twice.", "Slow start but the ending!",
                     "Not sure what all the fuss was about, to be honest.",
                     "Five stars, would recommend to anyone.", "Stayed up until 1am to finish it.",
                     "Already passed it on to Mum.", "Beautifully written, a bit bleak."],
    'reading_verdict': ["I'm hooked", "not sure yet", "I already love the main character",
                        "I think I know who did it", "it's a slow burner"],
    'kid': ["Lily", "Noah"],
    'kid_activity': ["swimming gala", "first Brownies camp", "piano exam", "football tournament",
                     "gymnastics display", "Beavers sleepover", "drama show", "first sleepover",
                     "cycling proficiency", "karate grading"],
    'kid_reaction': ["so proud I could burst", "nerves of steel, unlike their mother",
                     "home covered in mud and grinning", "we survived", "I cried, obviously"],
    'race': ["Combe Hill 10k", "Avon Towpath Half", "Lansdown Trail 15k", "Kennet Canal 10 miler",
             "Mendip Muddy 5", "Christmas Pudding 5k", "Boxing Day Dash 10k"],
    'job': ["a vet", "an astronaut", "a chef", "a zookeeper", "a footballer", "a train driver",
            "a marine biologist", "a YouTuber", "a palaeontologist", "a baker", "a pilot", "an inventor"],
    'relation_bday': ["Mum", "gorgeous husband", "little sister Kate", "best friend Zoë", "brother-in-law Rob"],
    'bday_wish': ["Love you loads x", "Hope the cake lives up to expectations!",
                  "Here's to many more adventures.", "Have the best day!", "Cheers to you! 🥂"],
    'walk_place': ["the hill behind the house", "the White Horse", "the Mendips", "the canal to Bradford",
                   "the Cotswold Way", "the woods above the valley", "the old railway path"],
    'walk_aftermath': ["— nobody fell in the stream this time", "followed by chips, obviously",
                       "and Noah only asked 'are we nearly there' nine times",
                       "in glorious sunshine", "in the pouring rain, which the kids loved"],
    'sunday_detail': ["Roast beef, Yorkshires the size of your head.", "Mum made her famous trifle.",
                      "The kids beat Grandad at Monopoly again.", "Nobody mentioned politics. A miracle."],
    'veg': ["tomatoes", "courgettes", "runner beans", "strawberries", "potatoes", "peas", "radishes",
            "sweetcorn", "beetroot", "raspberries"],
    'garden_task': ["weeding the veg beds", "digging out the pond", "pruning the roses",
                    "building a raised bed", "mowing and edging", "planting bulbs",
                    "putting up a new fence panel", "turning the compost heap"],
    'garden_pest': ["slugs", "snails", "pigeons", "squirrels", "caterpillars", "blackbirds"],
    'garden_plant': ["lettuces", "brassicas", "strawberries", "seedlings", "sunflowers", "beans"],
    'tradesperson': ["plumber", "electrician", "roofer", "window cleaner", "dog walker",
                     "chimney sweep", "gutter cleaner", "mechanic"],
    'tv_reaction': ["I need a lie down", "I did not see that coming", "the whole house was screaming",
                    "best telly in years", "Dan is still sulking"],
    'month_name': ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
    'cake_theme': ["dinosaur volcano", "unicorn castle", "football pitch", "caterpillar", "rocket", "rainbow"],
    'position': ["third", "second", "fifth out of six", "first (!!)", "last, but with style"],
    'colour': ["yellow", "bright red", "forest green", "navy"],
    'film_genre': ["a dinosaur film", "an old musical", "a superhero film", "a Christmas classic", "a cartoon about a dog"],
    'xmas_thing': ["The tree is up", "Wreath on the door (holly from the garden)", "Advent calendars open",
                   "First mince pie of the season", "Christmas jumpers out", "Cards written and posted"],
    'xmas_detail': ["and it's only the first of the month", "— Noah has already eaten tomorrow's chocolate",
                    "and the cat has already attacked it", "and I'm not even sorry",
                    "and I've hummed Amazing Grace all afternoon for no reason"],
}

# Templates per topic. {slot} is filled from WORDS; {book} and {author} are built.
TOPICS = {
    'cooking': [
        "{dish} for tea tonight{tea_ending}",
        "First attempt at {bake}. {bake_verdict}",
        "Batch cooking Sunday: {num_small} portions of {dish} in the freezer. Future me will be grateful.",
        "Does anyone have a foolproof recipe for {dish}? Mine always comes out {cooking_problem}.",
        "Kids chose tea tonight: {dish}. Not bad for their first go at menu planning.",
        "{dish} night and nobody can tell me otherwise.",
        "Tried {bake} from the new recipe book. {bake_verdict}",
        "Slow cooker on at 7am, {dish} ready by 6. Best invention ever.",
        "Sunday roast for {num_small}. Yorkshires rose, gravy not lumpy, I am a domestic goddess.",
        "Tried a new {dish} recipe tonight. {bake_verdict}",
        "Meal plan for the week done. Will I stick to it? Probably not.",
        "Birthday cake request this year: a {cake_theme}. Wish me luck.",
        "Leftover roast turned into {dish}. Waste not, want not.",
        "Pancakes for breakfast because it's raining and we deserve it.",
    ],
    'running': [
        "{distance} {run_type}{run_where} this morning. {run_feeling}",
        "New PB at the {race}! {race_time} and {race_reaction}.",
        "Signed up for the {race}. {signup_reaction}",
        "Rest day. {rest_activity}",
        "{distance} in the {weather_cond}. {run_reflection}",
        "Parkland loop before breakfast. {run_feeling}",
        "Club night was hill reps. {run_feeling}",
        "Lost a toenail, gained a medal. {race} done! {race_time}.",
        "Couch to 5k, week {week}: {run_feeling}",
        "Bought new trainers. Ran three miles in them. Feet have filed a formal complaint.",
        "Club relay last night. Our team came {position}! {run_feeling}",
        "Marathon training, week {week}. {run_reflection}",
        "Sunrise run. {run_feeling} Then a nap. Obviously.",
    ],
    'books': [
        "Just finished {book} by {author}. {book_opinion}",
        "Book club this month is {book}. {num_small} chapters in and {reading_verdict}.",
        "Currently reading {book} by {author} and {reading_verdict}.",
        "Holiday reading pile sorted: {book}, {book2} and anything else I can fit in the case.",
        "Any recommendations after {book}? {book_opinion}",
        "Library trip with the kids. Came home with {num_small} books each. Including me.",
        "Reading in the bath until the water went cold. Worth it. {book} by {author}.",
        "Audiobook on the drive: {book}. {book_opinion}",
        "Book number {num_books} of the year done! {book_opinion}",
        "Abandoned {book} halfway. Life's too short.",
    ],
    'family': [
        "{kid}'s {kid_activity} today — {kid_reaction}.",
        "Noah has announced he wants to be {job} when he grows up. Last week it was {job2}.",
        "Happy birthday to my {relation_bday}! {bday_wish}",
        "Family walk up {walk_place} {walk_aftermath}.",
        "Sunday lunch at Mum's. {sunday_detail}",
        "Lily has discovered sarcasm. Send help.",
        "Board game night. Noah won Cluedo and will not let anyone forget it.",
        "Lily: 'Mum, why do you always say \"we'll see\"?' Me: 'We'll see.'",
        "Noah asked me how the moon stays up and now I'm reading physics at 9pm.",
        "Lily's wobbly tooth finally came out in an apple. Tooth fairy rates have gone up, apparently.",
        "Haircuts for everyone today. Noah cried, Dan cried, I laughed.",
        "Movie night with the kids: {film_genre}, popcorn and a blanket fort.",
        "Teaching Lily to ride without stabilisers. My back may never recover.",
        "Noah's first wobbly tooth. You'd think he'd won the lottery.",
    ],
    'weather_winter': [
        "Frost on the car again. Scraper, de-icer, a lot of muttering.",
        "Snow! Proper snow! The kids were out in pyjamas before I could stop them ❄️",
        "Dark by half four. Candles lit, soup on, hibernation mode.",
        "Storm last night took out the fence panel again. Every. Single. Winter.",
        "Minus three this morning. The cat refuses to go outside and honestly same.",
        "Hot water bottle season. Don't judge me.",
        "Snow day! Sledging on the hill until we couldn't feel our toes.",
        "Wind so strong the recycling is now in next door's garden. Sorry, Pam.",
    ],
    'weather_spring': [
        "First barbecue of the year. Wrapped in coats, but it counts.",
        "Daffodils out on the verge and the blossom on the cherry tree is glorious 🌸",
        "Sunshine and hailstones within ten minutes. Classic April.",
        "Washing dried outside for the first time since October. Small joys.",
        "Lambs in the field on our walk today 🐑 Spring has sprung.",
    ],
    'weather_summer': [
        "{temp}°C and the paddling pool is out. I might get in it myself.",
        "Too hot to sleep. Fan on, window open, still melting.",
        "Thunderstorm at last! The garden is very grateful.",
        "Ice lollies for tea. It's that kind of day.",
        "Long summer evenings in the garden are the absolute best.",
        "Camping in the garden with the kids. It's {weather_now} and nobody is asleep.",
        "Hosepipe ban announced. The lawn is officially a beach.",
        "Barbecue for the neighbours. Dan burnt the sausages, tradition upheld.",
    ],
    'weather_autumn': [
        "Leaves everywhere. Crunchy walks are back 🍂",
        "Fire lit for the first time this year. Cosy season.",
        "Misty morning over the valley. Stopped the car just to look.",
        "Conkers collected: approximately four hundred. Pockets ruined.",
    ],
    'garden': [
        "First {veg} of the year from the garden 🍅",
        "Spent the afternoon {garden_task}. Back is not thanking me.",
        "The {garden_pest} have eaten all my {garden_plant} again. War has been declared.",
        "Allotment haul: {veg} and more {veg2} than we can possibly eat. Anyone want some?",
        "Ivy finally cleared off the back wall. Only took three weekends.",
        "Sat on the bench with a coffee watching the bees on the lavender. That'll do.",
        "Made {preserve} with {fruit_from}. {num_small} jars and a very sticky kitchen.",
        "Sowed {veg} today. See you in a few months, little seeds.",
        "Greenhouse finally built. Only took two hours and one very strong cup of tea.",
        "Planting out the {veg} under the watchful eye of a robin.",
    ],
    'misc': [
        "Can anyone recommend a good {tradesperson} in Bath? Ours has retired.",
        "That finale. No spoilers but {tv_reaction}.",
        "Finally sorted the loft. Found my old Walkman and {num_small} bags of things we don't need.",
        "Car passed its MOT first time. I'm as shocked as you are.",
        "Quiz night with the neighbours. We came second to last but won the picture round!",
        "New glasses. Apparently I've been squinting for two years.",
        "Dentist: no fillings. Celebrated with a doughnut, which feels wrong.",
        "Sorted the charity shop bags. The car is full and my wardrobe is lighter.",
        "Weeping willow at the end of the road has been cut back. It looks so bare now.",
        "Accepted defeat with good grace and bought the kids a trampoline.",
        "Anyone else's cat bring in a frog this morning or is it just us?",
        "Bin day confusion again. Is it recycling or garden waste this week?!",
        "Power cut on our road. Board games by candlelight and the kids think it's the best night ever.",
        "Is it normal for a washing machine to sound like a helicopter? Asking for a friend.",
        "Found a fiver in my winter coat. Best day of the year so far.",
        "Our road has been dug up for the third time this year. What are they looking for?!",
        "Forty minutes on hold to the bank to be told to ring a different number.",
        "The cat has claimed the new sofa. We now sit on the floor.",
        "Voted. Sticker obtained. Civic duty done.",
        "Charity shop find of the year: a {colour} raincoat for four quid.",
        "Lost my keys, found them in the fridge. It's been that sort of week.",
        "Film night: {film_genre} and a bowl of popcorn the size of my head.",
        "Hairdresser said 'just a trim'. We clearly have different definitions.",
        "Tidied the garage. Found three bikes, two tents and no idea why we own a unicycle.",
    ],
    'christmas': [
        "{xmas_thing} {xmas_detail} 🎄",
        "Christmas shopping done. Well, started. Well, I've made a list.",
        "Reindeer costume made out of a brown jumper and two coat hangers. Nailed it.",
        "Carols by candlelight in the village church. Properly festive.",
        "Wrapping marathon tonight. Sellotape count: one roll and my dignity.",
        "Christmas market with the kids. Mulled wine for me, hot chocolate for them, chaos for all.",
    ],
    'clocks_forward': ["Clocks went forward and I have lost an hour I will never get back."],
    'clocks_back': ["Clocks went back and the kids were up at 5:45. Thanks for nothing."],
    'bonfire': ["Bonfire night sparklers and jacket potatoes. Noah wrote his name ten times.",
                "Fireworks from the bedroom window this year. The cat approves."],
    'halloween': ["Pumpkin carving done. Lily's is terrifying; Noah's is just a smiley face.",
                  "Trick or treaters: 14. Chocolate left for me: none."],
    'christmas_eve': ["Christmas Eve: stockings hung, carrot out for the reindeer, mince pie for Santa (half eaten, by me)."],
    'lockdown': [
        "Day {n} of lockdown. Banana bread count: {num_small}.",
        "Home learning update: Noah has written a story about a dinosaur who is also a dentist.",
        "Clapped on the doorstep with the neighbours. Got a bit teary.",
        "Zoom quiz with the family. Mum still can't find the unmute button.",
        "Daily walk done. Same route, different podcast.",
    ],
    'holiday_going': [
        "Car packed, kids fed, snacks hidden. {place} here we come!",
        "Off to {place} for {days} days. Out of office is ON.",
        "Roof box on, sat nav set for {place}. 'Are we there yet' count: 1, and we're not off the drive.",
        "{place} bound! {days} days of fresh air, long walks and chips.",
        "Holiday mode activated. See you in {days} days, {place} ☀️",
        "Early start for {place}. The kids are asleep in the back and I've got the good snacks.",
    ],
    'holiday_there': [
        "{place} you beauty 😍",
        "Day {n} in {place}: {holiday_thing}.",
        "Greetings from {place}! {holiday_thing}, ice cream, repeat.",
        "{place}. {holiday_thing}. No notes.",
        "Today in {place}: {holiday_thing}. Tomorrow: probably the same.",
        "Not a bad spot for a cuppa. {place} 😎",
    ],
    'holiday_back': [
        "Back from {place}. {holiday_highlight}",
        "Home again after {days} days in {place}. The washing pile is terrifying.",
        "{place}, you were wonderful. {holiday_highlight}",
        "Unpacked (mostly). Already missing {place}.",
        "Back to reality after {place}. {holiday_highlight}",
    ],
}

RACE_SECONDS = {"Combe Hill 10k": 3150, "Avon Towpath Half": 7000, "Lansdown Trail 15k": 5000,
                "Kennet Canal 10 miler": 5500, "Mendip Muddy 5": 3200, "Christmas Pudding 5k": 1600,
                "Boxing Day Dash 10k": 3300}

INLAND_THINGS = ["a castle in the rain", "a long walk and a pub lunch", "getting lost in the old town",
                 "the best crêpes I've ever eaten", "a market full of cheese", "a boat trip on the lake",
                 "a pub with a fire and board games", "a cable car ride (I kept my eyes shut)",
                 "a museum that was better than expected", "a picnic by the river"]
HOLIDAY_THINGS = ["rock pooling all morning", "fish and chips on the harbour wall", "a castle in the rain",
                  "a seven-mile coast path walk", "crabbing off the quay", "sunset from the headland",
                  "paddleboarding (badly)", "a boat trip to see the seals", "a pub with a fire and board games",
                  "the best crêpes I've ever eaten", "a swim in the freezing sea", "a lazy day on the beach"]
HOLIDAY_HIGHLIGHTS = ["Highlight: Noah catching his first crab.", "Already planning the next one.",
                      "Tanned, tired and very full.", "Lily wants to live there now.",
                      "Best week we've had in ages.", "Came home with a car full of sand."]

# Holiday destinations with a rough public point (town centre, not a rented house).
DESTINATIONS = [
    # (name, lat, lon); COASTAL names get seaside days, the others inland ones.
    ("Tenby", 51.6727, -4.7034), ("Keswick", 54.6013, -3.1347), ("Whitby", 54.4858, -0.6206),
    ("Padstow", 50.5416, -4.9383), ("Lyme Regis", 50.7256, -2.9366), ("Bamburgh", 55.6076, -1.7130),
    ("Ventnor", 50.5945, -1.2054), ("Wells-next-the-Sea", 52.9541, 0.8529), ("Edinburgh", 55.9533, -3.1883),
    ("Betws-y-Coed", 53.0929, -3.8011), ("Quiberon", 47.4833, -3.1200), ("Lisbon", 38.7108, -9.1370),
    ("Chania", 35.5138, 24.0180), ("Pollença", 39.8771, 3.0161), ("Riva del Garda", 45.8850, 10.8400),
    ("Dinan", 48.4556, -2.0503), ("Dartmouth", 50.3516, -3.5794), ("Aberystwyth", 52.4153, -4.0829),
    ("Oban", 56.4152, -5.4717), ("Rye", 50.9500, 0.7333), ("Hay-on-Wye", 52.0742, -3.1256),
    ("Bruges", 51.2093, 3.2247), ("Porto", 41.1496, -8.6110), ("Annecy", 45.8992, 6.1294),
    ("Galway", 53.2707, -9.0568), ("St Davids", 51.8812, -5.2660), ("Seville", 37.3891, -5.9845),
]

COASTAL = {"Tenby", "Whitby", "Padstow", "Lyme Regis", "Bamburgh", "Ventnor", "Wells-next-the-Sea", "Quiberon",
           "Chania", "Pollença", "Dartmouth", "Aberystwyth", "Oban", "St Davids", "Porto", "Lisbon", "Galway",
           "St Ives"}

FIRST_F = ["Sarah", "Emma", "Claire", "Helen", "Jo", "Kate", "Laura", "Becky", "Hannah", "Vicky", "Nicola",
           "Louise", "Gemma", "Amy", "Jenny", "Lucy", "Ruth", "Anna", "Fiona", "Sophie", "Alison", "Jess",
           "Natalie", "Caroline", "Katie", "Sam", "Charlotte", "Rosie", "Naomi", "Tash", "Kirsten", "Abi",
           "Harriet", "Eleanor", "Maria", "Deepa", "Aisha", "Ngozi", "Mei", "Niamh"]
FIRST_M = ["Mark", "Steve", "Paul", "James", "Rob", "Chris", "Dave", "Andy", "Matt", "Tom", "Pete", "Ian",
           "Simon", "Richard", "Gareth", "Rich", "Jon", "Neil", "Ed", "Alex", "Nick", "Adrian", "Raj", "Kwame",
           "Jamie", "Ollie", "Martin", "Gav", "Stuart", "Dom"]
LAST = ["Harris", "Wilson", "Taylor", "Thomas", "Roberts", "Evans", "Walker", "Wright", "Hughes", "Edwards",
        "Green", "Hall", "Wood", "Jackson", "Clark", "Lewis", "Morris", "Cooper", "Ward", "Bailey", "Bell",
        "Murphy", "Kelly", "Cox", "Richardson", "Howard", "Watts", "Brooks", "Fisher", "Harvey", "Gibson",
        "Palmer", "Mills", "Kaur", "Begum", "Patel", "Osei", "Chen", "Lloyd", "Jenkins", "Pearce", "Day",
        "Ferris", "Knight", "Lane", "Marsden", "Newton", "Parsons", "Rowe", "Sutton"]
# Friends whose names carry diacritics, so that the mojibake matters (all fictional).
DIACRITIC_FRIENDS = ["Zoë Hart", "Siân Pritchard", "Chloé Martin", "Björn Lindqvist", "Łukasz Nowak",
                     "Renée Dubois", "Seán Ó Briain", "Ayşe Demir", "Małgorzata Wiśniewska", "José Ferreira",
                     "Aoife Ní Dhuibhir", "Søren Dahl"]

PAGES = ["The Little Green Bookshop", "Kingsmead Kitchen", "Lansdown Lane Bakery", "Orchard Tree Garden Centre",
         "Combe Hill Striders", "Holloway Pottery Studio", "Mill Lane Yoga", "The Copper Kettle Café",
         "Avon Valley Wildlife Rescue", "Pip & Pickle Toys", "Green Fork Veg Box", "Widcombe Wheels Bike Repair",
         "Tuesday Night Book Club", "Brambleberry Farm Shop", "The Crooked Spoon Deli"]

COMMENT_TEMPLATES = {
    'birthday': ["Happy birthday {first}! Have a brilliant day x", "Happy birthday lovely! 🎂🥳",
                 "Many happy returns! Hope you're being spoilt x", "Happy birthday {first}! Drinks soon? 🍷",
                 "Have the best day {first}, you deserve it x"],
    'congrats': ["Congratulations both! So happy for you ❤️", "Amazing news {first}! Well deserved.",
                 "Whoop! Congratulations!! 🎉", "This is the best news! Huge congratulations x",
                 "Congrats {first}, about time they realised how good you are!"],
    'food': ["That looks amazing, recipe please!", "Save me a slice 😋", "I can smell it from here!",
             "Looks delicious. Invite me next time!", "Right, I'm making that this weekend."],
    'photo': ["Gorgeous photo!", "What a view 😍", "Stunning. Where is this?", "Love this!",
              "Beautiful family ❤️", "Look how big they're getting!", "You all look so happy!"],
    'banter': ["Ha! Classic {first} 😂", "I'm saying nothing...", "Told you so 😉",
               "This is the funniest thing I've seen all week", "Oh dear 🙈", "Absolutely not 😂"],
    'event': ["Count me in!", "We're in! Shall I bring a pudding?", "Can't wait x",
              "Gutted, we're away that weekend. Next time!", "Yes please, what time?"],
    'support': ["Sending love x", "Thinking of you all x", "Hope you're feeling better soon {first} x",
                "Shout if you need anything at all.", "Big hugs x"],
    'running': ["Great time {first}! 🏃‍♀️", "Legend. See you at club night?",
                "Well done! That hill is brutal.", "Amazing effort, recovery cake earned!"],
    'recommend': ["We used a lovely chap last year, I'll message you his details.",
                  "Try the farm shop, they always have loads.", "Ooh I read that last summer, you'll love it!",
                  "The one by the canal is brilliant."],
}
COMMENT_OBJECT = {'birthday': "post", 'congrats': "post", 'food': "photo", 'photo': "photo",
                  'banter': "post", 'event': "post", 'support': "post", 'running': "photo",
                  'recommend': "post"}

SEARCHES = ["lasagne recipe easy", "tenby cottages dog friendly", "wide fit running shoes",
            "christmas market dates", "ferry to st malo", "allotment waiting list", "couch to 5k week 6",
            "sourdough starter not rising", "yoga classes near me", "trampoline for garden",
            "best family board games", "kitchen fitters", "camping pods wales", "hill reps session ideas",
            "how long to boil beetroot", "frost proof plant pots", "bike shop near me", "paddleboard hire",
            "welsh cakes recipe", "cat flap microchip", "book club ideas", "swimming lessons age 7"]


def book_title(rng) -> str:
    return "The %s %s" % (rng.choice(WORDS['book_adj']), rng.choice(WORDS['book_noun']))


def fill(rng, template: str, **fixed) -> str:
    """Fills every {slot} of `template`: from `fixed`, else from WORDS."""
    def one(match):
        slot = match.group(1)
        if slot in fixed:
            return str(fixed[slot])
        if slot in ('book', 'book2'):
            return book_title(rng)
        if slot == 'author':
            return "%s %s" % (rng.choice(WORDS['author_first']), rng.choice(WORDS['author_last']))
        if slot in ('job2', 'veg2'):
            return rng.choice(WORDS[slot[:-1]])
        if slot == 'race':
            fixed['_race'] = rng.choice(WORDS['race'])
            return fixed['_race']
        if slot == 'race_time':
            seconds = RACE_SECONDS[fixed.get('_race', 'Combe Hill 10k')] + rng.randint(-150, 150)
            hours, rest = divmod(seconds, 3600)
            return ("%d:%02d:%02d" % (hours, rest // 60, rest % 60)) if hours else "%d:%02d" % divmod(rest, 60)
        if slot == 'week':
            return str(rng.randint(2, 9))
        if slot == 'num_books':
            return str(rng.randint(12, 41))
        if slot == 'temp':
            return str(rng.randint(27, 34))
        if slot == 'weather_now':
            return rng.choice(["freezing", "drizzling", "surprisingly warm", "very windy"])
        return rng.choice(WORDS[slot])
    fixed = dict(fixed)
    return capitalise(re.sub(r'\{(\w+)\}', one, template))


def capitalise(text: str) -> str:
    """Upper-cases the first letter of the text and of every sentence in it."""
    return re.sub(r'(^|[.!?] )([a-z])', lambda mt: mt.group(1) + mt.group(2).upper(), text)
