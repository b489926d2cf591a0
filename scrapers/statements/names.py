"""Given names by usual gender: data only, for resolving "he" and "she".

A name found in neither list (or in both, or among the unisex names) gives no gender, and the pronoun then
falls back to the nearest earlier speaker. Lowercase; extend freely.
"""

MALE_NAMES = frozenset("""
aaron abdul abdullah adam adrian ahmed alan alasdair albert alberto alec alejandro alexander
alexei alfred ali alistair allen alvin amir anders andre andreas andrew andrei andy angus
anthony antonio archie arnold arthur ashton austin barack barry ben benjamin bernard bernie bill
billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan byron calvin cameron
carl carlos cedric chad charles christian christopher chuck clarence claude clint
clive colin connor conor craig curtis dale damian dan daniel danny darren dave david dean declan
dennis derek devin dick dmitry dmytro dominic don donald doug douglas duncan dustin dwight eamon
ed eddie edgar edmund eduardo edward elijah elliot emmanuel emil enrique eric erik ernest ethan
eugene evan fabian felix fernando finn francis francisco frank franklin fred frederick gabriel
gareth gary gavin geoff geoffrey george gerald gerard gerhard giorgio glenn gordon graham grant
greg gregory gustavo guy hamish hans harold harry harvey hassan hector henrik henry herbert hugh
hugo ian igor ibrahim isaac ivan jack jacob jake james jared jason javier jay jeb jeff
jeffrey jens jeremy jerome jerry jim jimmy joaquin joe joel johan john johnny jon jonathan
jorge jose joseph josh joshua juan julian justin kareem karl keith ken kenneth kevin khalid kirk
klaus kurt kyle lance larry lars laurence lawrence leo leon leonard lewis liam lionel
lloyd louis lucas luis luke malcolm manuel marc marco marcus mario mark martin marvin matt
matthew maurice max michael miguel mike mikhail miles mitch mitt mohammed muhammad murray nathan
neil nicholas nick nigel noah norman oleg oliver omar oscar owen pablo patrick paul pedro pete
peter phil philip pierre rafael rahul ralph ramon randy raphael ray raymond reince reuben ricardo
richard rick rob robert roberto rod rodney roger roland ron ronald rory ross roy rudy rupert russell
ryan samuel scott sean sebastian sergei sergey seth shane shaun simon stanley stefan stephen
steve steven stuart sven ted theo thomas tim timothy tobias todd tom tommy tony travis trevor
troy tyler uwe victor vikram vincent vladimir volodymyr walter warren wayne wes wesley william
willie wolfgang xavier yannick yuri zach zachary
""".split())

FEMALE_NAMES = frozenset("""
abigail ada adele adriana agnes aisha alana alexandra alexis alice alicia alina alison amanda
amber amelia amy ana anastasia angela angelina anita ann anna anne annette annika antonia
april audrey barbara beatrice becky belinda bernadette beth betsy betty beverly bianca
bonnie brenda bridget brittany camila camille carla carly carmen carol caroline carolyn cassandra
catherine cecilia celia charlotte chelsea cheryl chloe christina christine cindy claire clara
claudia colleen connie cora courtney cynthia daisy danielle daphne deborah debbie debra
denise diana diane dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth
elizabeth ella ellen elsa emily emma erica erin esther eva evelyn fatima fiona florence frances
francesca gabriela gabrielle gail gemma georgia geraldine gertrude gillian gina giulia gloria
grace greta gwen hannah harriet hazel heather heidi helen helena hillary holly ida ilse ingrid
irene iris isabel isabella ivanka jackie jacqueline jane janet janice jasmine jeanne
jennifer jenny jessica jill joan joanna jocelyn josephine joy joyce judith judy julia julie june
karen karin kate katherine kathleen kathryn kathy katie kayleigh kellyanne kimberly
kirsty kristen kristin laura lauren leah leila lena lily linda lindsay lisa liz lois
lorraine louise lucia lucy lydia madeleine maggie maria marian marie marina marion marissa
marjorie martha mary maureen megan melania melanie melissa mia michaela michelle mildred miranda
miriam molly monica nadia nancy naomi natalia natalie natasha nicola nicole nina nora olga
olivia paige pamela patricia paula pauline peggy penelope penny phyllis priya rachel rebecca
regina renee rita roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara
sarah sharon sheila shirley sienna sofia sonia sophia sophie stacy stella stephanie sue sunita
susan suzanne sylvia tamara tanya teresa theresa tiffany tina ulrike ursula valerie
vanessa vera veronica victoria violet virginia wendy yolanda yulia yvonne zoe soizic
""".split())

# Names given to men and women alike ('Terry Strada ... She said'): a given name, but no gender.
UNISEX_NAMES = frozenset("""
alex andrea ashley casey charlie chris dana jamie jean jesse jordan kelly kerry kim lee leslie lindsey lynn morgan pat robin sam sasha shannon taylor terry tracy
""".split())

GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES
