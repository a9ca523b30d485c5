/**
 * The featured video's player, loaded only on pages that have one. The page shows a local poster and a
 * link to the video's page; nothing is asked of the video host until a visitor chooses to play. Then the
 * poster gives way to the player the build chose (`data-media-embed`: the host's player frame, or the file
 * itself), which takes the focus so keyboard and screen reader users land on it.
 */
export function enableMedia(): void {
  for (const play of document.querySelectorAll<HTMLAnchorElement>('a[data-media-embed]')) {
    play.addEventListener('click', (event) => {
      // A visitor opening the link in a new tab or window still gets the host's own page.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const { mediaEmbed: src = '', mediaPlayer, mediaTitle = '' } = play.dataset;
      const player = mediaPlayer === 'file' ? document.createElement('video') : document.createElement('iframe');
      if (player instanceof HTMLVideoElement) {
        player.controls = true;
        player.autoplay = true;
      } else {
        player.allow = 'autoplay; fullscreen; picture-in-picture';
        player.allowFullscreen = true;
      }
      player.src = src;
      player.title = mediaTitle;
      player.className = 'media-player';
      play.parentElement?.replaceChildren(player);
      player.focus();
    });
  }
}
