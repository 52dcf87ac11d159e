// The first list of a slide's HTML, bulleted or numbered (authors number the steps of a process):
// the list the icons layout decorates, item by item.
export const FIRST_LIST = /<(ul|ol)(\s[^>]*)?>([\s\S]*?)<\/\1>/;
