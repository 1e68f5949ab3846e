/**
 * Common given names. A capitalized pair that starts with one (`Ada Pell`
 * does not need it, `Tom Reyes` does) is a person even without a title or a
 * reporting verb nearby. Hand-kept and deliberately broad across languages;
 * lowercase. Names that are also common capitalized words (`May`, `Will`,
 * `Mark`) are left out. Joined with the generated tables of English-speaking
 * (`given-names-en.ts`) and world (`given-names-world.ts`) given names.
 */
import { ENGLISH_GIVEN_NAMES_TEXT } from './given-names-en.ts';
import { WORLD_GIVEN_NAMES_TEXT } from './given-names-world.ts';

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abdul abdullah abigail adam adrian ahmed ahmad aisha alan albert alberto alex alexander alexandra
alexei alexey ali alice alicia alison amanda amber amir amy ana andrea andreas andrew andy angela angelina
angus ann anna anne annie anthony antonio arnold arthur ashley barack barbara barry ben benjamin bernard
bernie beth betty bill billy bob boris brad bradley brandon brenda brian bruce bryan carl carlos carol
caroline carolyn casey catherine charles charlie charlotte cheryl chris christian christina christine
christopher claire claudia colin connor craig cristiano dan daniel danielle darren dave david dean deborah
debbie denis dennis diana diane dmitry dmitri dominic donald donna doug douglas dylan ed eddie edward elena
eli elizabeth ellen elon emily emma emmanuel eric erik ethan eva evan fatima felix fernando frances
francis francisco frank fred frederick gabriel gareth gary gavin george georgia gerald gordon grace graham
greg gregory hannah harold harry heather helen henry howard hugh ian igor irene isaac isabel jack
jackie jacob james jamie jan jane janet janice jared jason javier jean jeff jeffrey jennifer jenny jeremy
jerome jerry jessica jill jim jimmy jo joan joanna joe joel john johnny jon jonathan jordan jorge jose
joseph josh joshua joyce juan judith judy julia julian julie julius justin kamala karen karl kate katherine
kathleen kathryn kathy katie keith kelly ken kenneth kevin kim kirsty kristen kyle larry laura lauren lee
leo leon leonardo lewis liam linda lindsey lisa liz louis louise lucas lucy luis luke lynn
mahmoud malcolm manuel marco margaret margot maria marie marina mario marion martha martin mary
matt matthew maurice megan melanie melissa michael michelle miguel mike mohamed mohammed mohammad
muhammad nadia nancy naomi natalie nathan neil nicholas nick nicola nicolas nigel nikolai
noah norman oliver olivia omar oscar owen pablo pamela patricia patrick paul paula pedro pete peter
philip phillip pierre rachel rafael ralph ramon raymond rebecca richard rick rishi rob robert roberto
robin rodrigo roger ron ronald rose ross roy russell ruth ryan sadiq sally sam samantha samuel sandra
sara sarah scott sean sebastian sergei sergey shane sharon sheryl simon sofia sophie stephanie stephen
steve steven stuart sue susan suzanne tamara tanya ted teresa theresa thomas tim timothy tina todd tom
tony tracy valerie valérie vanessa victor victoria vincent vladimir walter wayne wendy william xi yasmin
yvette yuri zoe zoë alejandro alejandra fernanda guadalupe tomás josé maría jesús andrés sebastián
ramón mónica lucía inés gonzalo ricardo sergio diego valentina camila ximena joão gustavo rogério beatriz callum rosa ${ENGLISH_GIVEN_NAMES_TEXT} ${WORLD_GIVEN_NAMES_TEXT}`.split(/\s+/),
);
