// [Code] and [MultiLine] on page inputs without a using in every page.
global using CommunityStation.Web.Infrastructure.Input;
