/* lint_names.c: the given names the personal-data lint knows, so that a
 * given name followed by a surname can be told from any two capitalised
 * words. About five hundred names common in the UK across the ages of
 * children, parents and practitioners (the kind of list the ONS publishes
 * of babies' names, with older and Welsh, Scottish, Irish, South Asian,
 * West African and Polish names beside them). Left out on purpose: names
 * that are also words often capitalised at the start of a sentence or in
 * a heading (Will, May, Hope, Faith, Joy), Jan, which is also a month, and
 * Aston, which is also a university and a football club. */
#include "lint.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* Sorted by strcmp (tests/unit checks it), so that a name is added in
 * its place; each a capital, then small letters (the scanner looks for a
 * name only after such a start: lint_scan.c, still_possible). */
const char *const lint_given_names[] = {
	"Aaliyah", "Aarav", "Aaron", "Abbie", "Abby", "Abdul",
	"Abdullah", "Abigail", "Ada", "Adam", "Adrian", "Ahmed",
	"Aidan", "Aiden", "Aimee", "Aisha", "Alan", "Albert",
	"Aleksander", "Alex", "Alexander", "Alexandra", "Alfie", "Alfred",
	"Ali", "Alice", "Alicia", "Alisha", "Alison", "Ama",
	"Amanda", "Amara", "Amber", "Amelia", "Amelie", "Amelka",
	"Amir", "Amira", "Amy", "Anaya", "Andrea", "Andrew",
	"Andy", "Angela", "Angharad", "Anita", "Ann", "Anna",
	"Anne", "Annie", "Anthony", "Aoife", "Archie", "Aria",
	"Ariana", "Arjun", "Arlo", "Arthur", "Asha", "Ashley",
	"Aurora", "Austin", "Ava", "Ayaan", "Ayesha",
	"Barbara", "Barry", "Beatrice", "Bella", "Ben", "Benjamin",
	"Beth", "Bethan", "Bethany", "Betty", "Bilal", "Billy",
	"Blake", "Bobby", "Bonnie", "Bradley", "Brandon", "Brian",
	"Brooke", "Cai", "Caitlin", "Callum", "Cameron", "Carl",
	"Carly", "Carmen", "Carol", "Caroline", "Carys", "Casey",
	"Catherine", "Catriona", "Cerys", "Chantelle", "Charlie", "Charlotte",
	"Chidi", "Chloe", "Chris", "Christine", "Christopher", "Ciara",
	"Ciaran", "Claire", "Clara", "Colin", "Connor", "Courtney",
	"Craig", "Dafydd", "Dale", "Damian", "Daniel", "Danielle",
	"Danny", "Darren", "Dave", "David", "Dawn", "Dean",
	"Debbie", "Deborah", "Declan", "Deepak", "Demi", "Dennis",
	"Derek", "Dermot", "Dexter", "Diane", "Dilys", "Dominic",
	"Dominika", "Donna", "Dorothy", "Douglas", "Dylan", "Eden",
	"Edward", "Eileen", "Eilidh", "Elaine", "Eleanor", "Elijah",
	"Elin", "Eliza", "Elizabeth", "Ella", "Ellie", "Elliot",
	"Elliott", "Eloise", "Elsie", "Emily", "Emma", "Eric",
	"Erin", "Ethan", "Euan", "Eva", "Evan", "Eve",
	"Evie", "Ewan", "Ezra", "Faisal", "Fatima", "Felix",
	"Femi", "Ffion", "Fiona", "Florence", "Francesca", "Frankie",
	"Fraser", "Freddie", "Freya", "Gabriel", "Gareth", "Gary",
	"Gavin", "Gemma", "George", "Georgina", "Gethin", "Gillian",
	"Gina", "Glenys", "Grace", "Graham", "Gruffydd", "Gwen",
	"Hamish", "Hamza", "Hannah", "Harley", "Harper", "Harriet",
	"Harrison", "Harry", "Harvey", "Hassan", "Hayden", "Hayley",
	"Heather", "Helen", "Henry", "Holly", "Hugo", "Hussain",
	"Iain", "Ian", "Ibrahim", "Idris", "Imogen", "Imran",
	"Iris", "Isaac", "Isabel", "Isabella", "Isabelle", "Isla",
	"Isobel", "Ivy", "Iwan", "Jack", "Jackson", "Jacob",
	"Jade", "Jake", "Jakub", "James", "Jamie", "Jane",
	"Janet", "Jasmine", "Jason", "Jay", "Jayden", "Jean",
	"Jennifer", "Jenny", "Jermaine", "Jesse", "Jessica", "Jill",
	"Joanna", "Joanne", "Jodie", "Joe", "Joel", "John",
	"Jonathan", "Jordan", "Joseph", "Josh", "Joshua", "Joyce",
	"Jude", "Julia", "Julie", "Justin", "Kacper", "Kai",
	"Karen", "Kate", "Katherine", "Kathleen", "Katie", "Kayla",
	"Kayleigh", "Keira", "Keith", "Kelly", "Kerry", "Kevin",
	"Khadija", "Kian", "Kieran", "Kieron", "Kim", "Kirsty",
	"Kofi", "Kwame", "Kyle", "Lacey", "Lachlan", "Lara",
	"Laura", "Lauren", "Layla", "Leah", "Lee", "Leo",
	"Leon", "Leroy", "Lewis", "Liam", "Lily", "Lisa",
	"Logan", "Lola", "Louie", "Louis", "Louise", "Luca",
	"Lucas", "Lucy", "Luke", "Lydia", "Lynn", "Lynne",
	"Maddison", "Madison", "Mairi", "Maisie", "Malachi", "Marcus",
	"Maria", "Marie", "Marion", "Mark", "Martha", "Martin",
	"Mary", "Maryam", "Mason", "Matilda", "Matthew", "Max",
	"Maya", "Megan", "Melissa", "Mia", "Michael", "Michelle",
	"Mila", "Millie", "Mohammad", "Mohammed", "Molly", "Morag",
	"Morgan", "Muhammad", "Nadia", "Naomi", "Nasreen", "Natalie",
	"Natasha", "Nathan", "Nathaniel", "Neil", "Nerys", "Ngozi",
	"Nia", "Niamh", "Nicola", "Nicole", "Nigel", "Noah",
	"Nora", "Oliver", "Olivia", "Ollie", "Omar", "Oscar",
	"Oskar", "Owain", "Owen", "Padraig", "Paige", "Pamela",
	"Patricia", "Patrick", "Paul", "Paula", "Penelope", "Peter",
	"Petra", "Philip", "Phoebe", "Poppy", "Priya", "Priyanka",
	"Rachel", "Rahul", "Ravi", "Rebecca", "Reece", "Reuben",
	"Rhiannon", "Rhodri", "Rhys", "Richard", "Riley", "Robert",
	"Robyn", "Rory", "Rosa", "Rose", "Rosie", "Ross",
	"Rowan", "Ruby", "Rukhsana", "Ryan", "Sadie", "Saffron",
	"Sally", "Sam", "Samantha", "Samuel", "Sandra", "Sara",
	"Sarah", "Scarlett", "Scott", "Seamus", "Sean", "Seb",
	"Sebastian", "Segun", "Shabana", "Shannon", "Sharon", "Shaun",
	"Sheila", "Shirley", "Shona", "Sian", "Sienna", "Simon",
	"Siobhan", "Skye", "Sofia", "Sophia", "Sophie", "Stacey",
	"Stanley", "Stella", "Stephanie", "Stephen", "Steven", "Stuart",
	"Sunita", "Susan", "Tariq", "Tasha", "Teddy", "Terry",
	"Theo", "Theodore", "Thomas", "Tia", "Tiffany", "Tilly",
	"Timothy", "Toby", "Tom", "Tommy", "Tony", "Tracey",
	"Tracy", "Tunde", "Tyler", "Tyrone", "Usman", "Valerie",
	"Vanessa", "Victoria", "Vincent", "Violet", "Wayne", "Wendy",
	"Wiktoria", "William", "Willow", "Yasir", "Yasmin", "Yusuf",
	"Zach", "Zachary", "Zain", "Zainab", "Zak", "Zara",
	"Zoe", "Zuzanna",
};

const size_t lint_given_name_count = sizeof lint_given_names /
    sizeof lint_given_names[0];

/*
 * The names by hash, for the scanner, which asks about every capitalised
 * word: a slot holds a name's index in lint_given_names plus one (0:
 * empty), found by open addressing. Twice as many slots as names keeps
 * a search to a probe or two. Made once, by whichever thread asks first.
 */
#define NAME_SLOTS 1024
static unsigned short name_slots[NAME_SLOTS];
static pthread_once_t name_slots_made = PTHREAD_ONCE_INIT;

/* FNV-1a over n bytes, folded to a slot. */
static size_t
name_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t k = 0; k < n; k++)
		h = (h ^ (unsigned char)s[k]) * 16777619u;
	return h & (NAME_SLOTS - 1);
}

static void
make_name_slots(void)
{
	for (size_t i = 0; i < lint_given_name_count; i++) {
		const char *name = lint_given_names[i];
		size_t h = name_hash(name, strlen(name));
		while (name_slots[h] != 0)
			h = (h + 1) & (NAME_SLOTS - 1);
		name_slots[h] = (unsigned short)(i + 1);
	}
}

int
lint_given_name(const char *word, size_t n)
{
	if (n == 0 || n >= 32)
		return 0;
	pthread_once(&name_slots_made, make_name_slots);
	for (size_t h = name_hash(word, n); name_slots[h] != 0;
	    h = (h + 1) & (NAME_SLOTS - 1)) {
		const char *name = lint_given_names[name_slots[h] - 1];
		if (strncmp(name, word, n) == 0 && name[n] == '\0')
			return 1;
	}
	return 0;
}
