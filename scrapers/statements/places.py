"""Place names that speak as governments ('North Korea said', 'Moscow announced', 'Texas sued'): data only.

A speaker that is one of these, as a whole, is an organisation, never a person a 'he' or 'she'
could refer to. Countries that are also common given names (Jordan, Chad, Georgia) are left out.
"""

COUNTRIES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan",
    "Bolivia", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burma", "Burundi",
    "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Costa Rica", "Croatia", "Cuba",
    "Cyprus", "Czech Republic", "Denmark", "Djibouti", "Dominican Republic", "East Timor", "Ecuador", "Egypt",
    "El Salvador", "Eritrea", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Germany",
    "Ghana", "Greece", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Kazakhstan",
    "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Lithuania", "Luxembourg", "Macedonia", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea",
    "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan",
    "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
    "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela",
    "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Britain", "Great Britain", "America", "Scotland", "Wales",
    "England", "Northern Ireland", "Tibet", "Gaza", "Hong Kong", "Macau", "Chechnya", "Kashmir",
)

# States and provinces, as their governments or courts ('Texas sued ...'); Virginia and Georgia are given
# names too and stay out.
STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec", "Alberta", "British Columbia",
    "New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia", "Northern Territory",
    "Inner Mongolia", "Xinjiang", "Punjab", "Bavaria", "Catalonia", "Crimea",
)

# Capitals and seats of government standing for their governments ('Washington warned', 'the Kremlin').
SEATS = (
    "Washington", "Moscow", "Beijing", "Tehran", "Pyongyang", "Seoul", "Tokyo", "Kabul", "Islamabad",
    "New Delhi", "Canberra", "Ottawa", "Brussels", "Kiev", "Kyiv", "Damascus", "Baghdad", "Cairo", "Ankara",
    "Jerusalem", "Tel Aviv", "Riyadh", "Havana", "Caracas", "Brasilia", "Berlin", "Paris", "London", "Rome",
    "Madrid", "Warsaw", "Athens", "Dublin", "Taipei", "Manila", "Jakarta", "Hanoi", "Bangkok", "Tripoli",
    "Khartoum", "Nairobi", "Pretoria", "Westminster", "Whitehall", "Kremlin", "Downing Street", "Holyrood",
)

SPEAKING_PLACES = frozenset(COUNTRIES + STATES + SEATS)
