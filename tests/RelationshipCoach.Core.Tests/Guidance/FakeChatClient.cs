using Microsoft.Extensions.AI;

namespace RelationshipCoach.Core.Tests.Guidance;

/// <summary>A chat client whose answer a test scripts; it records every conversation it was sent.</summary>
internal sealed class FakeChatClient(Func<CancellationToken, Task<string>> answer) : IChatClient
{
    public List<IReadOnlyList<ChatMessage>> Conversations { get; } = [];

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Conversations.Add(messages.ToList());
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, await answer(cancellationToken)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Guidance asks for whole answers only.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
